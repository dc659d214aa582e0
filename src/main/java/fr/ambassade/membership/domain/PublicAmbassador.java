package fr.ambassade.membership.domain;

import fr.ambassade.providers.ProviderCategory;
import java.time.LocalDate;

/** An active ambassador as the public API shows it. */
public record PublicAmbassador(
        long id,
        String name,
        String communeCode,
        String communeName,
        ProviderCategory category,
        LocalDate memberSince) {}
