package fr.ambassade.providers;

/**
 * An establishment a candidate adds to the directory because they did not find it there (the fields of the
 * application form; staff complete the record later).
 *
 * @param communeCode INSEE code of the commune (checked by the caller against the territory's list)
 */
public record NewEstablishment(
        String name,
        ProviderCategory category,
        String communeCode,
        String communeName,
        String street,
        String postalCode,
        String phone,
        String email,
        String website) {}
