package org.chorus.petition.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Exactly a web origin, {@code http(s)://host[:port]}: no path, query, wildcard or trailing slash (service/WebOrigins). */
@Documented
@Constraint(validatedBy = WebOriginValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface WebOrigin {

    String message() default "must be a web origin such as https://example.org or http://localhost:8090: "
            + "http or https, a host, an optional port, and nothing after it (no path, no trailing slash, no wildcard)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
