package org.chorus.notification.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.Signer;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.events.SignatureConfirmed;
import org.chorus.notification.mail.EmailTemplates;
import org.chorus.notification.mail.RenderedEmail;

import io.quarkus.logging.Log;

/**
 * Thanks a signer whose signature now counts, with a link to share the petition and the withdraw link. The event
 * id, the signer's confirmation and the queued email commit together: a redelivered or repeated confirmation sends
 * nothing more.
 */
@ApplicationScoped
public class ThankYouEmails {

    private final ProcessedEvents processed;
    private final EmailTemplates templates;
    private final OutgoingEmails outgoing;
    private final PersonalDataCipher cipher;

    public ThankYouEmails(ProcessedEvents processed, EmailTemplates templates, OutgoingEmails outgoing,
            PersonalDataCipher cipher) {
        this.processed = processed;
        this.templates = templates;
        this.outgoing = outgoing;
        this.cipher = cipher;
    }

    @Transactional
    public void queue(UUID eventId, SignatureConfirmed confirmed) {
        if (!processed.firstTime(eventId)) {
            return;
        }
        Optional<Signer> found = Signer.findByIdOptional(confirmed.signatureId());
        if (found.isEmpty()) {
            // withdrawn before this event was read, or submitted before this service kept signers
            Log.infof("signature %s confirmed, but no signer is kept for it: no thank-you sent",
                    confirmed.signatureId());
            return;
        }
        Signer signer = found.get();
        if (signer.confirmed()) {
            return;
        }
        signer.confirmedAt = confirmed.confirmedAt() != null ? confirmed.confirmedAt() : Instant.now();
        String locale = EmailTemplates.supported(signer.locale);
        RenderedEmail email = templates.render("thank-you", locale, Map.of(
                "name", cipher.decrypt(signer.nameEncrypted),
                "petitionTitle", signer.petitionTitle,
                "petitionUrl", templates.petitionLink(signer.petitionSlug, locale),
                "withdrawUrl", templates.tokenLink("/withdraw", cipher.decrypt(signer.withdrawTokenEncrypted), locale)));
        EmailMessage message = outgoing.queue(EmailMessage.Kind.THANK_YOU,
                OutgoingEmails.Cause.signature(eventId, signer.signatureId, signer.petitionId),
                cipher.decrypt(signer.recipientEncrypted), email);
        Log.infof("queued thank-you message %s for signature %s (locale %s)", message.id, signer.signatureId, locale);
    }
}
