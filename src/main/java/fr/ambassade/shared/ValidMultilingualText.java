package fr.ambassade.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks a {@link MultilingualText.Form}: each language at most {@link #max()} characters and, with
 * {@link #frenchRequired()}, a French text. Each error is reported on its language ({@code name.fr}), so the form
 * shows it beside that input.
 */
@Documented
@Constraint(validatedBy = ValidMultilingualText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidMultilingualText {

    int max();

    boolean frenchRequired() default false;

    /** Message of a missing French text. */
    String requiredMessage() default "{jakarta.validation.constraints.NotBlank.message}";

    /** Message of a text longer than {@link #max()}. */
    String tooLongMessage() default "{jakarta.validation.constraints.Size.message}";

    int min() default 0;

    String message() default "{jakarta.validation.constraints.Size.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidMultilingualText, MultilingualText.Form> {

        private ValidMultilingualText rule;

        @Override
        public void initialize(ValidMultilingualText rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(MultilingualText.Form form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (String lang : MultilingualText.LANGUAGES) {
                String text = form.get(lang);
                String message = null;
                if (rule.frenchRequired() && "fr".equals(lang) && (text == null || text.isBlank())) {
                    message = rule.requiredMessage();
                } else if (text != null && text.length() > rule.max()) {
                    message = rule.tooLongMessage();
                }
                if (message != null) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(message)
                            .addPropertyNode(lang)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
