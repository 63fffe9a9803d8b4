package org.chorus.petition.rest.validation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chorus.petition.webhook.WebhookTargets;

/**
 * Asks WebhookTargets, which also resolves a host name and checks every address it has. A bean, so that Hibernate
 * Validator gets it from CDI with WebhookTargets injected (it holds no state of its own).
 */
@ApplicationScoped
public class WebhookUrlValidator implements ConstraintValidator<WebhookUrl, String> {

    private final WebhookTargets targets;

    public WebhookUrlValidator(WebhookTargets targets) {
        this.targets = targets;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<WebhookTargets.Refusal> refusal = targets.refusal(value);
        if (refusal.isEmpty()) {
            return true;
        }
        // the message is one of WebhookTargets' fixed texts: nothing of the URL is interpolated
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(refusal.get().message).addConstraintViolation();
        return false;
    }
}
