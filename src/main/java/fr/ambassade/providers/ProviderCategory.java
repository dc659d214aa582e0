package fr.ambassade.providers;

/**
 * The broad kind of a provider (an establishment or a site of the destination). Imported DATAtourisme records are
 * mapped onto it; a finer subtype (a short code such as {@code hotel} or {@code winery}) completes it.
 */
public enum ProviderCategory {
    ACCOMMODATION,
    FOOD,
    PRODUCER,
    CRAFT,
    ACTIVITY,
    HERITAGE_SITE,
    SHOP,
    OTHER
}
