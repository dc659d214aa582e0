package fr.ambassade.providers.importing;

/**
 * A file that cannot be imported at all (CSV side; DATAtourisme flows throw
 * {@link fr.ambassade.providers.importing.datatourisme.FlowException}). The message key is translated by the pages.
 */
public class ImportFileException extends RuntimeException {

    private final String messageKey;

    public ImportFileException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
