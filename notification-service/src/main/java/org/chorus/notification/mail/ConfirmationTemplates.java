package org.chorus.notification.mail;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.events.SignatureSubmitted;

/** The confirmation email: the confirm link, until when it works, and the withdraw link that every email carries. */
@ApplicationScoped
public class ConfirmationTemplates {

    private final EmailTemplates templates;

    public ConfirmationTemplates(EmailTemplates templates) {
        this.templates = templates;
    }

    public RenderedEmail render(SignatureSubmitted s) {
        String locale = EmailTemplates.supported(s.locale());
        Map<String, Object> values = new HashMap<>();
        values.put("name", s.name().trim());
        values.put("petitionTitle", s.petitionTitle().trim());
        values.put("confirmUrl", templates.tokenLink("/confirm", s.confirmToken(), locale));
        values.put("withdrawUrl", templates.tokenLink("/withdraw", s.withdrawToken(), locale));
        values.put("expiresOn", s.confirmExpiresAt() == null ? null
                : s.confirmExpiresAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        return templates.render("confirmation", locale, values);
    }
}
