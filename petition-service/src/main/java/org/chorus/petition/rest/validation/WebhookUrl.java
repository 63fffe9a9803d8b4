package org.chorus.petition.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An absolute http or https URL with a host, and no user name or password in it. */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface HttpUrl {

    String message() default "must be an http or https URL such as https://example.org/chorus-webhook";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
