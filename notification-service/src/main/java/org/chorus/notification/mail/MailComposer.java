package org.chorus.notification.mail;

import java.text.NumberFormat;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.EmailAttachment;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.Signer;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.crypto.UnsubscribeTokens;
import org.chorus.notification.service.Suppressions;

import io.quarkus.mailer.Mail;

/**
 * The email a queued row stands for. Most rows hold their encrypted recipient and bodies; a letter may have its PDF
 * in email_attachment. An update to a signer (a milestone) is rendered now from its signer, so that a withdrawal or
 * an unsubscribe since it was queued wins; it carries an unsubscribe link and the one-click {@code List-Unsubscribe}
 * headers of RFC 8058.
 */
@ApplicationScoped
public class MailComposer {

    /** Either a mail to send, or the reason why nothing is sent. */
    public record Composed(Mail mail, String notSentBecause) {

        static Composed ready(Mail mail) {
            return new Composed(mail, null);
        }

        static Composed skip(String reason) {
            return new Composed(null, reason);
        }
    }

    private final PersonalDataCipher cipher;
    private final EmailTemplates templates;
    private final UnsubscribeTokens unsubscribeTokens;
    private final Suppressions suppressions;
    private final String from;

    public MailComposer(PersonalDataCipher cipher, EmailTemplates templates, UnsubscribeTokens unsubscribeTokens,
            Suppressions suppressions, NotificationConfig config) {
        this.cipher = cipher;
        this.templates = templates;
        this.unsubscribeTokens = unsubscribeTokens;
        this.suppressions = suppressions;
        this.from = config.from();
    }

    /** @throws IllegalStateException when the stored data cannot be decrypted with the configured key */
    public Composed compose(EmailMessage message) {
        if (message.kind.isUpdate()) {
            return update(message);
        }
        Mail mail = new Mail()
                .setFrom(from)
                .setTo(List.of(cipher.decrypt(message.recipientEncrypted)))
                .setSubject(message.subject)
                .setText(cipher.decrypt(message.textBodyEncrypted))
                .setHtml(cipher.decrypt(message.htmlBodyEncrypted));
        EmailAttachment.of(message).ifPresent(attachment -> mail.addAttachment(attachment.filename,
                Base64.getDecoder().decode(cipher.decrypt(attachment.contentEncrypted)), attachment.contentType));
        return Composed.ready(mail);
    }

    private Composed update(EmailMessage message) {
        Signer signer = Signer.findById(message.signatureId);
        if (signer == null || !signer.confirmed() || !signer.updatesConsent) {
            return Composed.skip("the signature was withdrawn");
        }
        if (suppressions.isSuppressed(signer.addressHash)) {
            return Composed.skip("the address is on the suppression list");
        }
        String locale = EmailTemplates.supported(signer.locale);
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(locale));
        String unsubscribeUrl = templates.tokenLink("/unsubscribe", unsubscribeTokens.tokenFor(signer.addressHash),
                locale);
        Map<String, Object> values = new HashMap<>();
        UpdateValues.fromJson(message.templateValues).forEach((key, value) ->
                values.put(key, value instanceof Number n && !(value instanceof Double) ? numbers.format(n.longValue()) : value));
        values.put("name", cipher.decrypt(signer.nameEncrypted));
        values.put("petitionTitle", signer.petitionTitle);
        values.put("petitionUrl", templates.petitionLink(signer.petitionSlug, locale));
        values.put("withdrawUrl", templates.tokenLink("/withdraw", cipher.decrypt(signer.withdrawTokenEncrypted), locale));
        values.put("unsubscribeUrl", unsubscribeUrl);
        if (values.containsKey("batchId")) {
            values.put("receiptUrl", templates.receiptLink(values.get("batchId"), signer.signatureId));
        }
        RenderedEmail email = templates.render(message.kind.templates(), locale, values);
        message.subject = email.subject();
        message.locale = locale;
        message.recipientHash = signer.addressHash;
        return Composed.ready(new Mail()
                .setFrom(from)
                .setTo(List.of(cipher.decrypt(signer.recipientEncrypted)))
                .setSubject(email.subject())
                .setText(email.text())
                .setHtml(email.html())
                .addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
