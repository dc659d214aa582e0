package fr.ambassade.providers;

/** What kind of tourism provider an establishment is. */
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
