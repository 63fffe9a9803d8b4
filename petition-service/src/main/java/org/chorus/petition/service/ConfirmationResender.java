package org.chorus.petition.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.crypto.Tokens;
import org.chorus.petition.events.SignatureSubmitted;
import org.chorus.petition.messaging.Topics;

/**
 * Someone signs again with an address whose signature still waits for confirmation: the email may have been lost,
 * so a new one goes out, at most once per {@code confirmation-resend-after}. Only hashes of the links' tokens are
 * stored, so new tokens replace the old ones (the newest email's links work). The caller answers the same either way.
 */
@ApplicationScoped
public class ConfirmationResender {

    private final SignerDataCipher cipher;
    private final Outbox outbox;
    private final Duration resendAfter;
    private final Duration confirmationTtl;

    public ConfirmationResender(SignerDataCipher cipher, Outbox outbox, PetitionConfig config) {
        this.cipher = cipher;
        this.outbox = outbox;
        this.resendAfter = config.confirmationResendAfter();
        this.confirmationTtl = config.confirmationTtl();
    }

    /** The signature of this address, if it still waits for confirmation, gets new links in a new email. */
    @Transactional
    public void resendIfDue(UUID petitionId, byte[] emailHash) {
        Signature s = Signature.findForUpdate(petitionId, emailHash).orElse(null);
        Instant now = Instant.now();
        if (s == null || s.status != Signature.Status.PENDING
                || s.lastConfirmationAskedAt().plus(resendAfter).isAfter(now)) {
            return;
        }
        Petition petition = Petition.findById(petitionId);
        String token = Tokens.newToken(s.id);
        String withdrawToken = Tokens.newToken(s.id);
        s.confirmTokenDigest = Tokens.digest(token);
        s.withdrawTokenDigest = Tokens.digest(withdrawToken);
        s.confirmTokenHash = null;
        s.withdrawTokenHash = null;
        s.confirmExpiresAt = now.plus(confirmationTtl);
        s.confirmationSentAt = now;
        outbox.add(Topics.SIGNATURES, SignatureSubmitted.TYPE, petition.id.toString(),
                new SignatureSubmitted(s.id, petition.id, petition.slug, petition.text(s.locale).title(),
                        cipher.decrypt(s.emailEncrypted), cipher.decrypt(s.nameEncrypted), s.locale, token,
                        s.confirmExpiresAt, withdrawToken, s.consentUpdates, now));
    }
}
