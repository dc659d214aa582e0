package fr.ambassade.settings;

/**
 * Published when the director changes the settings.
 *
 * @param part what changed: GENERAL, APPEARANCE, LOGO, VALUES, GRID, CHARTER, SELECTION
 * @param version the new grid or charter version number for GRID and CHARTER, else the settings version
 * @param by who made the change
 */
public record DestinationSettingsChanged(Part part, long version, String by) {

    public enum Part {
        GENERAL,
        APPEARANCE,
        LOGO,
        VALUES,
        GRID,
        CHARTER,
        SELECTION
    }
}
