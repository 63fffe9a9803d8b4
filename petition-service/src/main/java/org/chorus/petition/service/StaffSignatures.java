package org.chorus.petition.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.rest.dto.StaffSignatureView;

/**
 * Staff find one signature by the signer's address, when the signer writes in: the address is matched through its
 * keyed hash only (exactly, in one petition), so nothing can be browsed, and the address is neither stored nor
 * logged nor audited; the audit entry names the signature found. A withdrawn signature's hash was erased, so it is
 * found no more.
 */
@ApplicationScoped
public class StaffSignatures {

    private final EmailHasher hasher;
    private final AuditTrail audit;
    private final StaffActor staff;

    public StaffSignatures(EmailHasher hasher, AuditTrail audit, StaffActor staff) {
        this.hasher = hasher;
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    public StaffSignatureView lookUp(String slug, String email) {
        Petition petition = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
        Signature s = Signature.<Signature>find("petitionId = ?1 and emailHash = ?2", petition.id, hasher.hash(email))
                .firstResultOptional().orElseThrow(() -> new SignatureNotFoundException(slug));
        audit.record(staff.name(), "signature.lookup", s.id.toString(), Map.of("petition", petition.slug));
        return StaffSignatureView.of(s);
    }

    /** An id that is not a UUID names no signature. */
    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
