package org.chorus.petition.rest.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The parts of a petition agree with each other: demand ids, locales and sensitive states are unique, translations are for the
 * petition's other locales, and translated demands are demands it has. Also what the database could not store: a
 * text with U+0000, a closesAt more than ten years ahead. Each violation names its own field.
 */
@Documented
@Constraint(validatedBy = ConsistentPetitionValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentPetition {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
