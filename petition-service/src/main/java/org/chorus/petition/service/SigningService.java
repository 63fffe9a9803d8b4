package org.chorus.petition.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.crypto.Tokens;
import org.chorus.petition.events.SignatureSubmitted;
import org.chorus.petition.messaging.OutboxWriter;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.rest.dto.SignRequest;

/**
 * The signing hot path: validate, de-duplicate by keyed hash, store PENDING with its event in one transaction.
 * A repeat signature with the same address changes nothing, and its caller cannot tell the difference.
 */
@ApplicationScoped
public class SigningService {

    private static final String DEFAULT_LOCALE = "en";

    private final EmailHasher hasher;
    private final SignerDataCipher cipher;
    private final OutboxWriter outbox;
    private final PetitionConfig config;
    private final ConfirmationResender resender;

    public SigningService(EmailHasher hasher, SignerDataCipher cipher, OutboxWriter outbox, PetitionConfig config,
            ConfirmationResender resender) {
        this.hasher = hasher;
        this.cipher = cipher;
        this.outbox = outbox;
        this.config = config;
        this.resender = resender;
    }

    /**
     * @param clientNetwork the truncated network the request came from (see ClientNetwork), kept so that staff
     *        can invalidate a flood from it; null when unknown
     * @return the new signature's id, or empty when this address had already signed.
     */
    @Transactional
    public Optional<UUID> sign(String slug, SignRequest request, String clientNetwork) {
        Petition petition = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
        if (!petition.isOpen()) {
            throw new PetitionNotOpenException(slug);
        }
        byte[] emailHash = hasher.hash(request.email());
        Optional<Signature> earlier = Signature.findFor(petition.id, emailHash);
        if (earlier.isPresent()) {
            resender.resendIfDue(petition, earlier.get().id);
            return Optional.empty();
        }
        String token = Tokens.newToken();
        String withdrawToken = Tokens.newToken();
        Signature signature = newSignature(petition, request, emailHash, token);
        signature.withdrawTokenHash = Tokens.digest(withdrawToken);
        signature.clientNetwork = clientNetwork;
        signature.emailDomainHash = hasher.hashDomain(request.email());
        if (!persistUnlessRaced(signature)) {
            return Optional.empty();
        }
        String title = petition.text(signature.locale).title();
        outbox.add(Topics.SIGNATURES, SignatureSubmitted.TYPE, petition.id,
                new SignatureSubmitted(signature.id, petition.id, petition.slug, title, request.email(),
                        request.name(), signature.locale, token, signature.confirmExpiresAt, withdrawToken,
                        signature.createdAt));
        return Optional.of(signature.id);
    }

    /**
     * Two requests with the same address can pass the existence check at once; the unique constraint lets only
     * one in, and the other is answered like any repeat (its transaction just rolls back).
     */
    private static boolean persistUnlessRaced(Signature signature) {
        try {
            signature.persistAndFlush();
            return true;
        } catch (ConstraintViolationException e) {
            return false;
        }
    }

    private Signature newSignature(Petition petition, SignRequest request, byte[] emailHash, String token) {
        Instant now = Instant.now();
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.petitionId = petition.id;
        s.emailHash = emailHash;
        s.emailEncrypted = cipher.encrypt(request.email().trim());
        s.nameEncrypted = cipher.encrypt(request.name().trim());
        s.postalCodeEncrypted = cipher.encrypt(blankToNull(request.postalCode()));
        s.country = request.country();
        s.locale = request.locale() == null ? DEFAULT_LOCALE : request.locale();
        s.partner = request.partner();
        if (request.source() != null) {
            s.utmSource = request.source().utm_source();
            s.utmMedium = request.source().utm_medium();
            s.utmCampaign = request.source().utm_campaign();
        }
        SignRequest.Consents consents = request.consents();
        s.consentProcessing = Boolean.TRUE.equals(consents.processing());
        s.consentUpdates = Boolean.TRUE.equals(consents.updates());
        s.consentPartner = Boolean.TRUE.equals(consents.partner());
        s.consentNameInLetters = Boolean.TRUE.equals(consents.nameInLetters());
        s.consentVersion = petition.consentVersion;
        s.consentedAt = now;
        s.status = Signature.Status.PENDING;
        s.confirmTokenHash = Tokens.digest(token);
        s.confirmExpiresAt = now.plus(config.confirmationTtl());
        s.createdAt = now;
        s.confirmationSentAt = now;
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
