package fr.ambassade.providers.importing.datatourisme;

/**
 * Safety limits applied when opening a flow. The defaults admit a national flow (100,000+ objects of 10–700 KB)
 * while refusing zip bombs and absurd archives; tests lower them to stay fast.
 *
 * @param maxEntries maximum number of entries in a zip archive
 * @param maxEntryBytes maximum uncompressed size of one entry (or one object file of a folder)
 * @param maxTotalBytes maximum uncompressed size of the whole archive
 * @param maxCompressionRatio maximum uncompressed/compressed ratio of one entry, checked only for entries larger
 *     than {@code ratioCheckThresholdBytes} (small JSON files legitimately compress very well)
 * @param ratioCheckThresholdBytes size above which the compression ratio is checked
 */
public record FlowLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        long ratioCheckThresholdBytes) {

    public static final int DEFAULT_MAX_ENTRIES = 2_000_000;
    public static final long DEFAULT_MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 50L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 200;
    public static final long DEFAULT_RATIO_CHECK_THRESHOLD_BYTES = 1024L * 1024;

    public FlowLimits {
        if (maxEntries <= 0
                || maxEntryBytes <= 0
                || maxTotalBytes <= 0
                || maxCompressionRatio <= 0
                || ratioCheckThresholdBytes < 0) {
            throw new IllegalArgumentException("Flow limits must be positive");
        }
    }

    public static FlowLimits defaults() {
        return new FlowLimits(
                DEFAULT_MAX_ENTRIES,
                DEFAULT_MAX_ENTRY_BYTES,
                DEFAULT_MAX_TOTAL_BYTES,
                DEFAULT_MAX_COMPRESSION_RATIO,
                DEFAULT_RATIO_CHECK_THRESHOLD_BYTES);
    }

    public FlowLimits withMaxEntries(int value) {
        return new FlowLimits(value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioCheckThresholdBytes);
    }

    public FlowLimits withMaxEntryBytes(long value) {
        return new FlowLimits(maxEntries, value, maxTotalBytes, maxCompressionRatio, ratioCheckThresholdBytes);
    }

    public FlowLimits withMaxTotalBytes(long value) {
        return new FlowLimits(maxEntries, maxEntryBytes, value, maxCompressionRatio, ratioCheckThresholdBytes);
    }

    public FlowLimits withMaxCompressionRatio(int value, long checkAboveBytes) {
        return new FlowLimits(maxEntries, maxEntryBytes, maxTotalBytes, value, checkAboveBytes);
    }
}
