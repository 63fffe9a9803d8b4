package org.chorus.petition;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.chorus.petition.crypto.Tokens;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One person's signature of one petition. Personal data is held only encrypted; see SignerDataCipher. Its status
 * changes only through {@link #confirm}, {@link #withdraw} and {@link #invalidate}, which know the allowed moves: a
 * withdrawn or invalidated signature is final, so no old link, repeat or retry counts it again.
 */
@Entity
public class Signature extends PanacheEntityBase {

    public enum Status {
        PENDING, CONFIRMED, WITHDRAWN, INVALIDATED;

        /** Only a confirmed signature counts: in tallies, read models, partners' calls and staff counts. */
        public boolean counts() {
            return this == CONFIRMED;
        }

        /** Taken out by the signer or by staff: nothing moves it to another status again. */
        public boolean isFinal() {
            return this == WITHDRAWN || this == INVALIDATED;
        }

        boolean mayBecome(Status next) {
            return switch (this) {
                case PENDING -> next != PENDING;
                case CONFIRMED -> next.isFinal();
                case WITHDRAWN, INVALIDATED -> false;
            };
        }
    }

    @Id
    public UUID id;

    @Column(name = "petition_id")
    public UUID petitionId;

    @Column(name = "email_hash")
    public byte[] emailHash;

    @Column(name = "email_encrypted")
    public byte[] emailEncrypted;

    @Column(name = "name_encrypted")
    public byte[] nameEncrypted;

    @Column(name = "postal_code_encrypted")
    public byte[] postalCodeEncrypted;

    public String country;

    public String locale;

    public String partner;

    @Column(name = "utm_source")
    public String utmSource;

    @Column(name = "utm_medium")
    public String utmMedium;

    @Column(name = "utm_campaign")
    public String utmCampaign;

    @Column(name = "consent_processing")
    public boolean consentProcessing;

    @Column(name = "consent_updates")
    public boolean consentUpdates;

    @Column(name = "consent_partner")
    public boolean consentPartner;

    @Column(name = "consent_name_in_letters")
    public boolean consentNameInLetters;

    /** Only ever true together with consentNameInLetters: the second choice means nothing without the first. */
    @Column(name = "consent_name_to_own_government")
    public boolean consentNameToOwnGovernment;

    @Column(name = "consent_version")
    public String consentVersion;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** SHA-256 of the confirm token in the newest email; see Tokens. */
    @Column(name = "confirm_token_digest")
    public byte[] confirmTokenDigest;

    /** SHA-256 of a confirm token issued before tokens carried the signature's id; null for any newer. */
    @Column(name = "confirm_token_hash")
    public byte[] confirmTokenHash;

    @Column(name = "confirm_expires_at")
    public Instant confirmExpiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmation_sent_at")
    public Instant confirmationSentAt;

    @Column(name = "withdraw_token_digest")
    public byte[] withdrawTokenDigest;

    /** As confirmTokenHash, for the withdraw token. */
    @Column(name = "withdraw_token_hash")
    public byte[] withdrawTokenHash;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "email_domain_hash")
    public byte[] emailDomainHash;

    @Column(name = "invalidated_at")
    public Instant invalidatedAt;

    /** Truncated (IPv4 /24, IPv6 /48): never the full client address. */
    @Column(name = "client_network")
    public String clientNetwork;

    /** Locks the row, so that two confirmations of one token cannot both publish an event. */
    public static Optional<Signature> findByConfirmTokenForUpdate(String token) {
        return findByTokenForUpdate(token, "confirmTokenHash", s -> s.confirmTokenDigest);
    }

    /** Locks the row, so that two withdrawals of one token cannot both publish an event. */
    public static Optional<Signature> findByWithdrawTokenForUpdate(String token) {
        return findByTokenForUpdate(token, "withdrawTokenHash", s -> s.withdrawTokenDigest);
    }

    private static Optional<Signature> findByTokenForUpdate(String token, String oldHashField,
            Function<Signature, byte[]> digest) {
        Optional<UUID> id = Tokens.signatureIdOf(token);
        if (id.isPresent()) {
            Signature s = findById(id.get(), LockModeType.PESSIMISTIC_WRITE);
            return Optional.ofNullable(s).filter(found -> Tokens.matches(token, digest.apply(found)));
        }
        return find(oldHashField, Tokens.digest(token)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Locks the row, so that two repeats of one address cannot both resend its confirmation. */
    public static Optional<Signature> findForUpdate(UUID petitionId, byte[] emailHash) {
        return find("petitionId = ?1 and emailHash = ?2", petitionId, emailHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * @return true when this confirmed it, false when it was confirmed already (confirming twice is harmless)
     * @throws SignatureNotConfirmableException when it was withdrawn or invalidated
     */
    public boolean confirm(Instant at) {
        if (status == Status.CONFIRMED) {
            return false;
        }
        if (status.isFinal()) {
            throw new SignatureNotConfirmableException(status);
        }
        moveTo(Status.CONFIRMED);
        confirmedAt = at;
        return true;
    }

    /**
     * The signer takes the signature back. An invalidated one stays INVALIDATED (staff's finding stands, and its
     * invalidation already took it out of every count); {@code withdrawnAt} then says when its data was erased.
     *
     * @return true when it left the counts now, so that its withdrawal must be published
     */
    public boolean withdraw(Instant at) {
        if (status.isFinal()) {
            if (withdrawnAt == null) {
                withdrawnAt = at;
            }
            return false;
        }
        moveTo(Status.WITHDRAWN);
        withdrawnAt = at;
        return true;
    }

    /** @return true when it left the counts now; a withdrawn or invalidated signature is left as it is */
    public boolean invalidate(Instant at) {
        if (status.isFinal()) {
            return false;
        }
        moveTo(Status.INVALIDATED);
        invalidatedAt = at;
        return true;
    }

    private void moveTo(Status next) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException("a " + status + " signature cannot become " + next);
        }
        status = next;
    }

    /** When the last confirmation email was asked for (signatures from before that was recorded: their signing). */
    public Instant lastConfirmationAskedAt() {
        return confirmationSentAt != null ? confirmationSentAt : createdAt;
    }
}
