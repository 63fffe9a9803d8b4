package org.chorus.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO-8601 instant with its offset ({@code 2026-12-07T10:00:00Z}, {@code 2026-12-07T11:00+01:00}); null is valid. */
@Documented
@Constraint(validatedBy = InstantText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface InstantText {

    String message() default "must be a date and time with offset, such as 2026-12-07T10:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InstantText, String> {

        static boolean valid(String text) {
            try {
                parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        static Instant parse(String text) {
            return OffsetDateTime.parse(text).toInstant();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.length() <= 64 && valid(value));
        }
    }
}
