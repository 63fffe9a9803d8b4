package org.chorus.petition;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.crypto.Tokens;

/** Stores signatures the way SigningService does (encrypted), many at once, for tests of the signer list. */
@ApplicationScoped
public class TestSigners {

    private final SignerDataCipher cipher;
    private final EmailHasher hasher;

    public TestSigners(SignerDataCipher cipher, EmailHasher hasher) {
        this.cipher = cipher;
        this.hasher = hasher;
    }

    /** Signer i is named "{namePrefix} {i}" and signed i seconds after {@code from}. */
    @Transactional
    public void insert(UUID petitionId, int count, Signature.Status status, String namePrefix, Instant from) {
        for (int i = 0; i < count; i++) {
            insertOne(petitionId, namePrefix + " " + i, "signer-" + UUID.randomUUID() + "@example.org", "12345",
                    status, from.plusSeconds(i));
        }
    }

    /** A signature that came through {@code partner} (null: through none), from a newsletter link. */
    @Transactional
    public Signature insertThrough(UUID petitionId, String partner, boolean partnerConsent, String name, String email,
            String country, Signature.Status status, Instant createdAt) {
        Signature s = insertOne(petitionId, name, email, "11181", status, createdAt);
        s.partner = partner;
        s.consentPartner = partnerConsent;
        s.country = country;
        s.utmSource = "newsletter";
        s.utmMedium = "email";
        s.utmCampaign = "embargo-" + partner;
        return s;
    }

    /**
     * A signature with the fields the statistics count by; a withdrawn one is erased as WithdrawalService does (no
     * country, no utm_*), the partner and times stay.
     */
    @Transactional
    public void insertCounted(UUID petitionId, Signature.Status status, Instant createdAt, Instant confirmedAt,
            String country, String partner, String utmSource, String utmMedium, String utmCampaign) {
        Signature s = insertOne(petitionId, "Counted Signer", "counted-" + UUID.randomUUID() + "@example.org", "11181",
                status, createdAt);
        boolean erased = status == Signature.Status.WITHDRAWN;
        s.confirmedAt = confirmedAt;
        s.country = erased ? null : country;
        s.partner = partner;
        s.utmSource = erased ? null : utmSource;
        s.utmMedium = erased ? null : utmMedium;
        s.utmCampaign = erased ? null : utmCampaign;
        if (erased) {
            s.withdrawnAt = createdAt.plusSeconds(120);
        }
        if (status == Signature.Status.INVALIDATED) {
            s.invalidatedAt = createdAt.plusSeconds(120);
        }
    }

    @Transactional
    public Signature insertOne(UUID petitionId, String name, String email, String postalCode, Signature.Status status,
            Instant createdAt) {
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.petitionId = petitionId;
        s.emailHash = hasher.hash(email);
        s.emailEncrypted = cipher.encrypt(email);
        s.nameEncrypted = cipher.encrypt(name);
        s.postalCodeEncrypted = cipher.encrypt(postalCode);
        s.country = "MM";
        s.locale = "my";
        s.partner = "demo-partner";
        s.consentProcessing = true;
        s.consentUpdates = true;
        s.consentPartner = false;
        s.consentNameInLetters = true;
        s.consentVersion = "test-consent-1";
        s.consentedAt = createdAt;
        s.status = status;
        s.confirmTokenDigest = Tokens.digest(Tokens.newToken(s.id));
        s.confirmExpiresAt = createdAt.plusSeconds(3600);
        s.createdAt = createdAt;
        s.confirmedAt = status == Signature.Status.CONFIRMED ? createdAt.plusSeconds(60) : null;
        s.persist();
        return s;
    }

    /** As a signature stored before tokens carried its id: only the hashes of these two tokens find it. */
    @Transactional
    public void withTokensOfOldForm(UUID signatureId, String confirmToken, String withdrawToken) {
        Signature s = Signature.findById(signatureId);
        s.confirmTokenDigest = null;
        s.withdrawTokenDigest = null;
        s.confirmTokenHash = Tokens.digest(confirmToken);
        s.withdrawTokenHash = Tokens.digest(withdrawToken);
    }
}
