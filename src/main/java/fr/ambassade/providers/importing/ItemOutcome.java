package fr.ambassade.providers.importing;

/** Why a record appears in a run's report. */
public enum ItemOutcome {
    /** Not a provider of the directory (event, tour, outside the territory…): nothing written. */
    SKIPPED,
    /** Unusable (malformed, unknown commune, invalid value…): nothing written. */
    REJECTED,
    /** Staff corrected this field by hand; the correction was kept and the imported value set aside. */
    CORRECTION_KEPT,
    /** Imported, with something for staff to look at (missing coordinates, truncated text…). */
    FLAGGED
}
