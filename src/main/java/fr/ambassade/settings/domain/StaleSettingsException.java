package fr.ambassade.settings.domain;

/** Someone else saved in the meantime: nothing was overwritten. */
public class StaleSettingsException extends SettingsException {
    public StaleSettingsException() {
        super(null, "settings.error.stale");
    }
}
