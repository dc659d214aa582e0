package fr.ambassade.providers.importing;

import java.time.Duration;
import java.time.Instant;

/** One import run as recorded in the run history, with its progress and counts. */
public record ImportRun(
        long id,
        ImportKind kind,
        String sourceName,
        String sourcePath,
        boolean allCommunes,
        ImportStatus status,
        Instant startedAt,
        Instant finishedAt,
        int total,
        int done,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int rejected,
        int correctionsKept,
        String errorCode,
        String errorMessage,
        String startedBy,
        Long rerunOf) {

    public boolean finished() {
        return status.finished();
    }

    public int percent() {
        if (total <= 0) {
            return finished() ? 100 : 0;
        }
        return (int) Math.min(100, (long) done * 100 / total);
    }

    /** Estimated time left from the pace so far; {@code null} when it cannot be told yet. */
    public Duration timeLeft(Instant now) {
        if (finished() || done <= 0 || total <= done) {
            return null;
        }
        long elapsedMillis = Duration.between(startedAt, now).toMillis();
        return Duration.ofMillis(elapsedMillis * (total - done) / done);
    }

    /** Seconds left (rounded up), or -1 when unknown: for the templates. */
    public long secondsLeft() {
        Duration left = timeLeft(Instant.now());
        return left == null ? -1 : (left.toMillis() + 999) / 1000;
    }

    public String summaryLine() {
        return "created=" + created + " updated=" + updated + " unchanged=" + unchanged + " skipped=" + skipped
                + " rejected=" + rejected;
    }
}
