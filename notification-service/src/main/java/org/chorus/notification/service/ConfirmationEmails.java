package org.chorus.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.events.SignatureSubmitted;
import org.chorus.notification.mail.ConfirmationTemplates;
import org.chorus.notification.mail.RenderedEmail;

import io.quarkus.logging.Log;

/**
 * Queues the confirmation email of a new signature and remembers its signer for the emails that follow. The event
 * id, the signer and the queued email commit in one transaction, so a redelivered event queues nothing, and a crash
 * before the email is sent loses nothing (it stays QUEUED). A signature already withdrawn or invalidated gets none.
 */
@ApplicationScoped
public class ConfirmationEmails {

    private final ProcessedEvents processed;
    private final ConfirmationTemplates templates;
    private final OutgoingEmails outgoing;
    private final Signers signers;

    public ConfirmationEmails(ProcessedEvents processed, ConfirmationTemplates templates, OutgoingEmails outgoing,
            Signers signers) {
        this.processed = processed;
        this.templates = templates;
        this.outgoing = outgoing;
        this.signers = signers;
    }

    @Transactional
    public void queue(UUID eventId, SignatureSubmitted submitted) {
        if (!processed.firstTime(eventId)) {
            Log.debugf("event %s was already handled", eventId);
            return;
        }
        if (signers.removed(submitted.signatureId())) {
            // read after its withdrawal or invalidation (a replay, or events out of order): it counts for nothing
            Log.infof("signature %s was withdrawn or invalidated: no confirmation email", submitted.signatureId());
            return;
        }
        signers.remember(submitted);
        RenderedEmail email = templates.render(submitted);
        EmailMessage message = outgoing.queue(EmailMessage.Kind.CONFIRMATION,
                OutgoingEmails.Cause.signature(eventId, submitted.signatureId(), submitted.petitionId()), submitted.email(),
                email);
        Log.infof("queued confirmation message %s for signature %s (locale %s)", message.id, submitted.signatureId(),
                email.locale());
    }
}
