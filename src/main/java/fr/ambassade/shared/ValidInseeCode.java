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
 * A form field holding an {@link InseeCode} by its rule ({@link InseeCode#isValid}); blank or {@code null}
 * passes. The error code is {@code ValidInseeCode}: messages {@code ValidInseeCode.<form>.<field>}.
 */
@Documented
@Constraint(validatedBy = ValidInseeCode.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidInseeCode {

    String message() default "must be an INSEE commune code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Calls {@link InseeCode#isValid}. */
    class Validator implements ConstraintValidator<ValidInseeCode, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || InseeCode.isValid(value.toString());
        }
    }
}
