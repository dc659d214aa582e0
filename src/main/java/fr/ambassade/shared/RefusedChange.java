package fr.ambassade.shared;

import java.util.Arrays;

/**
 * A change the domain refuses, in every module: a rule the request breaks (an e-mail already used, a value still
 * in use, an illegal transition). It names the form field it concerns ({@code null}: the whole change) and the
 * message shown to the user, a message key with its arguments; the domain never writes the text itself.
 * <p>
 * The web layer turns it, in one place each, into a message beside the field or above the form
 * ({@code shared/web/Refusals.into(bindingResult, e)}), a flash message ({@code shared/web/Flash.error(redirect, e)})
 * or, on an API, a problem+json: 422 when it names a field, 409 otherwise ({@code shared/web/ApiExceptionHandler}).
 * Not for exceptions that are not a refusal (a file that cannot be read, a run that stopped, a bug).
 */
public class RefusedChange extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    /** A refusal of a given field (or of the whole change when {@code field} is null). */
    public RefusedChange(String field, String messageKey, Object... args) {
        super(messageKey
                + (field == null ? "" : " (" + field + ")")
                + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** A refusal of the whole change (shown above the form). */
    public static RefusedChange of(String messageKey, Object... args) {
        return new RefusedChange(null, messageKey, args);
    }

    /** A refusal shown beside {@code field}. */
    public static RefusedChange onField(String field, String messageKey, Object... args) {
        return new RefusedChange(field, messageKey, args);
    }

    /** The form field (a bean property path) the refusal concerns; null: the whole change. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
