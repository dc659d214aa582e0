package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.SettingsException;
import org.springframework.validation.BindingResult;

/** Turns a refused change into a message beside the field it concerns (or above the form). */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, SettingsException e) {
        if (e.field() != null && result.getTarget() != null && hasField(result, e.field())) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
