package org.chorus.notification.mail;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailAttachment;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.messaging.DeliveryEvents;
import org.chorus.notification.service.Suppressions;

import io.quarkus.logging.Log;

/**
 * An address that does not take mail: refused by the recipient's server while we sent (SMTP 550, 551, 553), or
 * reported later as a hard bounce. The email becomes BOUNCED, its address's hash goes into the suppression list,
 * and {@code email.bounced} tells the services that follow letters and signers.
 */
@ApplicationScoped
public class Bounces {

    private final Suppressions suppressions;
    private final DeliveryEvents events;
    private final DeliveryMetrics metrics;

    public Bounces(Suppressions suppressions, DeliveryEvents events, DeliveryMetrics metrics) {
        this.suppressions = suppressions;
        this.events = events;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bounced(EmailMessage message, String reason) {
        message.markBounced(reason, Instant.now());
        EmailAttachment.eraseFor(message);
        if (message.recipientHash != null) {
            suppressions.suppress(message.recipientHash, Suppressions.Reason.BOUNCED);
        }
        events.bounced(message);
        metrics.bounced(message.kind);
        Log.warnf("message %s (%s) BOUNCED: %s", message.id, message.kind, reason);
    }
}
