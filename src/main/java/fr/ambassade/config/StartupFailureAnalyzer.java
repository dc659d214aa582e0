package fr.ambassade.config;

import fr.ambassade.config.EmbeddedPostgresServer.DataDirectoryInUseException;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns the start-up failures an operator can fix (a wrong {@code ambassade.*} setting, a data directory used by
 * another process) into one human sentence per problem instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}; ordered before Spring Boot's generic analyzers.
 */
class StartupFailureAnalyzer implements FailureAnalyzer, Ordered {

    static final String CONFIGURATION_ACTION =
            "Correct the setting (environment variable or application.properties) and start again;"
                    + " see the Configuration section of README.md.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        DataDirectoryInUseException inUse = findCause(failure, DataDirectoryInUseException.class);
        if (inUse != null) {
            return new FailureAnalysis(
                    inUse.getMessage(),
                    "Stop the other Ambassade process using this data directory, or set AMBASSADE_DATA_DIR to another"
                            + " directory.",
                    inUse);
        }
        BindException bind = findCause(failure, BindException.class);
        if (bind != null && bind.getName().toString().startsWith("ambassade")) {
            return new FailureAnalysis(describe(bind), CONFIGURATION_ACTION, bind);
        }
        return null;
    }

    static String describe(BindException bind) {
        if (bind.getCause() instanceof BindValidationException validation) {
            return validation.getValidationErrors().getAllErrors().stream()
                    .map(StartupFailureAnalyzer::describe)
                    .collect(Collectors.joining("\n"));
        }
        Object value = bind.getProperty() != null ? bind.getProperty().getValue() : null;
        return "Invalid setting " + bind.getName() + " = \"" + value + "\": " + rootMessage(bind);
    }

    private static String describe(ObjectError error) {
        if (error instanceof FieldError field) {
            return "Invalid setting " + field.getObjectName() + "." + kebab(field.getField()) + " = \""
                    + field.getRejectedValue() + "\": " + field.getDefaultMessage();
        }
        return "Invalid setting " + error.getObjectName() + ": " + error.getDefaultMessage();
    }

    private static String kebab(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
