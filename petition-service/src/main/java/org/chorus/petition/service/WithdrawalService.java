package org.chorus.petition.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.events.SignatureWithdrawn;
import org.chorus.petition.messaging.Topics;

/**
 * Withdraws a signature by the token in its emails: its personal data is erased at once (with any webhook call to a
 * partner not yet delivered) and its event takes it out of every tally and read model, and of every delivery batch
 * not yet dispatched. Letters already dispatched with the signer's name cannot be recalled: they are returned, for
 * the answer to tell the signer, and forgotten here. Withdrawing twice is harmless and publishes nothing more. An
 * invalidated signature's data is erased too (the signer asked for it), but it stays INVALIDATED and publishes
 * nothing: its invalidation took it out of every count already. Staff may withdraw a signature on the signer's
 * behalf: the same withdrawal, recorded in the audit trail as theirs.
 */
@ApplicationScoped
public class WithdrawalService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;
    private final WebhookDeliveries webhooks;
    private final SentNames sentNames;
    private final AuditTrail audit;
    private final StaffActor staff;

    public WithdrawalService(Outbox outbox, WebhookDeliveries webhooks, SentNames sentNames, AuditTrail audit,
            StaffActor staff) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.sentNames = sentNames;
        this.audit = audit;
        this.staff = staff;
    }

    /**
     * @return the status afterwards (WITHDRAWN, or INVALIDATED for one that staff invalidated) and the dispatched
     *         letters that already printed the signer's name (none the second time)
     */
    @Transactional
    public Withdrawal withdraw(String token) {
        return withdraw(Signature.findByWithdrawTokenForUpdate(token).orElseThrow(InvalidTokenException::new));
    }

    /**
     * The same withdrawal, done by staff on the signer's request (by email, by phone) and recorded as done by them.
     * Only a signature of this petition is found, so that a mistyped petition withdraws nothing.
     */
    @Transactional
    public Withdrawal withdrawOnBehalf(String slug, String signatureId) {
        Petition petition = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
        Signature s = StaffSignatures.parse(signatureId)
                .map(id -> Signature.<Signature>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.petitionId.equals(petition.id))
                .orElseThrow(() -> new SignatureNotFoundException(slug));
        Withdrawal withdrawal = withdraw(s);
        audit.record(staff.name(), "signature.withdraw", s.id.toString(),
                Map.of("petition", petition.slug, "status", withdrawal.status().name()));
        return withdrawal;
    }

    private Withdrawal withdraw(Signature s) {
        if (s.status == Signature.Status.WITHDRAWN) {
            return new Withdrawal(s.status, List.of());
        }
        List<SentNames.Sent> alreadySent = sentNames.takeFor(s.id);
        Instant now = Instant.now();
        erasePersonalData(s);
        webhooks.cancelFor(List.of(s.id));
        if (!s.withdraw(now)) {
            return new Withdrawal(s.status, alreadySent);
        }
        Petition petition = Petition.findById(s.petitionId);
        outbox.add(Topics.SIGNATURES, SignatureWithdrawn.TYPE, s.petitionId.toString(),
                new SignatureWithdrawn(s.id, s.petitionId, petition.slug, now));
        return new Withdrawal(s.status, alreadySent);
    }

    /** Random bytes replace the email hash: the address may sign again, and the old hash matches nothing. */
    private static void erasePersonalData(Signature s) {
        byte[] unmatchable = new byte[32];
        RANDOM.nextBytes(unmatchable);
        s.emailHash = unmatchable;
        s.emailDomainHash = null;
        s.clientNetwork = null;
        s.emailEncrypted = null;
        s.nameEncrypted = null;
        s.postalCodeEncrypted = null;
        s.country = null;
        s.utmSource = null;
        s.utmMedium = null;
        s.utmCampaign = null;
    }
}
