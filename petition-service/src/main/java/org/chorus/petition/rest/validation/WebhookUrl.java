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

/**
 * A URL Chorus may call a partner's webhook at: https (http too on the local platform and in tests), no user name or
 * password, and a host on the public internet (webhook/WebhookTargets). The message says which rule it breaks.
 */
@Documented
@Constraint(validatedBy = WebhookUrlValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface WebhookUrl {

    String message() default "must be an https URL such as https://example.org/chorus-webhook";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
