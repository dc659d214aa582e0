package fr.ambassade.shared.web;

import fr.ambassade.shared.RefusedChange;
import org.springframework.validation.BindingResult;

/**
 * Turns a {@link RefusedChange} (or a {@link fr.ambassade.shared.StaleEdit}) into an error of the form that is
 * shown again: beside the field it names, or above the form when it names none (or a field the form lacks).
 * The one place that does it for every HTML form:
 *
 * <pre>
 * try {
 *     service.change(form.toCommand());
 * } catch (RefusedChange e) {
 *     Refusals.into(binding, e);
 *     return "module/form";
 * }
 * </pre>
 */
public final class Refusals {

    private Refusals() {}

    public static void into(BindingResult binding, RefusedChange refusal) {
        if (refusal.field() != null && hasField(binding, refusal.field())) {
            binding.rejectValue(refusal.field(), refusal.messageKey(), refusal.args(), refusal.messageKey());
        } else {
            binding.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        if (binding.getTarget() == null) {
            return false;
        }
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) { // not a property of the form (NotReadablePropertyException and kin)
            return false;
        }
    }
}
