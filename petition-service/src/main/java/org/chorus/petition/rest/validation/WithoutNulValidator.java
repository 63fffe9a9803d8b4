package org.chorus.petition.rest.validation;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class WithoutNulValidator implements ConstraintValidator<WithoutNul, Record> {

    @Override
    public boolean isValid(Record request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<String> fields = TextWithNul.fields(request);
        if (fields.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (String field : fields) {
            context.buildConstraintViolationWithTemplate("must not contain the NUL character")
                    .addPropertyNode(field).addConstraintViolation();
        }
        return false;
    }
}
