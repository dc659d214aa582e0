package fr.ambassade.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory this process may write to, or may create (its nearest existing parent is a writable directory). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WritableDirectory.Validator.class)
@interface WritableDirectory {

    String message() default "is not a directory this user can write to or create (set AMBASSADE_DATA_DIR)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WritableDirectory, Path> {
        @Override
        public boolean isValid(Path path, ConstraintValidatorContext context) {
            return path == null || isWritableOrCreatable(path);
        }

        static boolean isWritableOrCreatable(Path path) {
            Path candidate = path.toAbsolutePath().normalize();
            while (candidate != null && !Files.exists(candidate)) {
                candidate = candidate.getParent();
            }
            return candidate != null && Files.isDirectory(candidate) && Files.isWritable(candidate);
        }
    }
}
