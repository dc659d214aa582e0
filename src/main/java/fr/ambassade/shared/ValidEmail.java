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
 * A form field holding an {@link Email} by its rule ({@link Email#isValid}); blank or {@code null} passes
 * (add {@code @NotBlank} when required). The error code is {@code ValidEmail}: messages
 * {@code ValidEmail.<form>.<field>}.
 */
@Documented
@Constraint(validatedBy = ValidEmail.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmail {

    String message() default "must be an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Calls {@link Email#isValid}. */
    class Validator implements ConstraintValidator<ValidEmail, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || Email.isValid(value.toString());
        }
    }
}
