package fr.ambassade.shared;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** What the command lines ({@code import …}, {@code admin …}) share around the application they start and stop. */
public final class CommandLineSupport {

    private CommandLineSupport() {}

    /**
     * Stops Logback so that nothing (a late shutdown message) is printed after the command's last line, which
     * scripts read (and which may be a secret link that must never reach a log file).
     */
    public static void stopLogging() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.stop();
        }
    }

    /** Whether {@code e} or one of its causes is a {@code type}. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
