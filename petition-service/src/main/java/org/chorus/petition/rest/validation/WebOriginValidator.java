package org.chorus.petition.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chorus.petition.service.WebOrigins;

public class WebOriginValidator implements ConstraintValidator<WebOrigin, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || WebOrigins.normalize(value).isPresent();
    }
}
