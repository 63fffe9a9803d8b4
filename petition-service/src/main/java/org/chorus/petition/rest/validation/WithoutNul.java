package org.chorus.petition.rest.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * No text of the request contains U+0000. A signer's texts are stored encrypted, where it would fit, but they travel
 * on in events to services that keep them as PostgreSQL text (a name in letters), which cannot hold it. Each
 * violation names its own field.
 */
@Documented
@Constraint(validatedBy = WithoutNulValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface WithoutNul {

    String message() default "must not contain the NUL character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
