package org.chorus.petition.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.messaging.Outbox;
import org.chorus.messaging.OutboxRecord;
import org.chorus.messaging.TimeOrderedUuids;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.crypto.Tokens;
import org.chorus.petition.events.SignatureSubmitted;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.rest.dto.SignRequest;

/**
 * The signing hot path: validate, hash and encrypt here, then store PENDING with its event through the
 * SignatureWriter, many signatures per transaction. De-duplication is the database's unique key on the keyed hash:
 * a repeat signature with the same address changes nothing, and its caller cannot tell the difference.
 */
@ApplicationScoped
public class SigningService {

    private static final String DEFAULT_LOCALE = "en";

    private final SigningPetitions petitions;
    private final EmailHasher hasher;
    private final SignerDataCipher cipher;
    private final Outbox outbox;
    private final SignatureWriter writer;
    private final PetitionConfig config;
    private final ConfirmationResender resender;

    public SigningService(SigningPetitions petitions, EmailHasher hasher, SignerDataCipher cipher,
            Outbox outbox, SignatureWriter writer, PetitionConfig config, ConfirmationResender resender) {
        this.petitions = petitions;
        this.hasher = hasher;
        this.cipher = cipher;
        this.outbox = outbox;
        this.writer = writer;
        this.config = config;
        this.resender = resender;
    }

    /**
     * @param clientNetwork the truncated network the request came from (see ClientNetwork), kept so that staff
     *        can invalidate a flood from it; null when unknown
     * @return the new signature's id, or empty when this address had already signed.
     */
    public Optional<UUID> sign(String slug, SignRequest request, String clientNetwork) {
        SigningPetitions.OpenPetition petition = petitions.open(slug);
        NewSignature signature = newSignature(petition, request, clientNetwork);
        if (writer.store(signature) == SignatureWriter.Outcome.STORED) {
            return Optional.of(signature.id());
        }
        resender.resendIfDue(petition.id(), signature.emailHash());
        return Optional.empty();
    }

    private NewSignature newSignature(SigningPetitions.OpenPetition petition, SignRequest request,
            String clientNetwork) {
        Instant now = Instant.now();
        UUID id = TimeOrderedUuids.next();
        String locale = request.locale() == null ? DEFAULT_LOCALE : request.locale();
        String token = Tokens.newToken(id);
        String withdrawToken = Tokens.newToken(id);
        Instant confirmExpiresAt = now.plus(config.confirmationTtl());
        SignRequest.Consents consents = request.consents();
        boolean updatesConsent = Boolean.TRUE.equals(consents.updates());
        OutboxRecord submitted = outbox.prepare(Topics.SIGNATURES, SignatureSubmitted.TYPE, petition.id().toString(),
                new SignatureSubmitted(id, petition.id(), petition.slug(), petition.title(locale), request.email(),
                        request.name(), locale, token, confirmExpiresAt, withdrawToken, updatesConsent, now));
        SignRequest.Source source = request.source();
        return new NewSignature(id, petition.id(), petition.slug(), hasher.hash(request.email()),
                hasher.hashDomain(request.email()), cipher.encrypt(request.email().trim()),
                cipher.encrypt(request.name().trim()), cipher.encrypt(blankToNull(request.postalCode())),
                request.country(), locale, request.partner(),
                source == null ? null : source.utm_source(), source == null ? null : source.utm_medium(),
                source == null ? null : source.utm_campaign(),
                new NewSignature.Consents(Boolean.TRUE.equals(consents.processing()),
                        updatesConsent, Boolean.TRUE.equals(consents.partner()),
                        Boolean.TRUE.equals(consents.nameInLetters()), consents.namedToOwnGovernment()),
                petition.consentVersion(), Tokens.digest(token), confirmExpiresAt, Tokens.digest(withdrawToken),
                clientNetwork, now, submitted);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
