package org.chorus.petition.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.events.SignatureConfirmed;
import org.chorus.petition.messaging.Topics;

/**
 * Confirms a signature by its emailed token; confirming twice is harmless and publishes nothing more. The event, and
 * the webhook call of the partner the signature came through, are queued in the confirming transaction. A withdrawn
 * or invalidated signature is refused (Signature owns the moves), however valid its old link still is.
 */
@ApplicationScoped
public class ConfirmationService {

    private final SignerDataCipher cipher;
    private final Outbox outbox;
    private final WebhookDeliveries webhooks;

    public ConfirmationService(SignerDataCipher cipher, Outbox outbox, WebhookDeliveries webhooks) {
        this.cipher = cipher;
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    @Transactional
    public void confirm(String token) {
        Signature s = Signature.findByConfirmTokenForUpdate(token)
                .orElseThrow(InvalidTokenException::new);
        Instant now = Instant.now();
        if (s.status == Signature.Status.PENDING && now.isAfter(s.confirmExpiresAt)) {
            throw new InvalidTokenException();
        }
        if (!s.confirm(now)) {
            return;
        }
        Petition petition = Petition.findById(s.petitionId);
        String displayName = s.consentNameInLetters ? cipher.decrypt(s.nameEncrypted) : null;
        outbox.add(Topics.SIGNATURES, SignatureConfirmed.TYPE, s.petitionId.toString(),
                new SignatureConfirmed(s.id, s.petitionId, petition.slug, s.country, s.partner, displayName,
                        displayName != null && s.consentNameToOwnGovernment, now));
        webhooks.queueConfirmed(s, petition);
    }
}
