package fr.ambassade.audit;

/**
 * One changed field. A personal field (a person's name, e-mail, phone…) is recorded as changed without its
 * values, so that erasing a person stays possible.
 */
public record FieldChange(String field, String before, String after, boolean personal) {

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(
                field, before == null ? null : before.toString(), after == null ? null : after.toString(), false);
    }

    public static FieldChange personal(String field) {
        return new FieldChange(field, null, null, true);
    }
}
