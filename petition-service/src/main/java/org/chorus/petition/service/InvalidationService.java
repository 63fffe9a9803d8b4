package org.chorus.petition.service;

import java.time.Instant;
import java.util.LinkedHashMap;
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
import org.chorus.petition.abuse.ClientNetwork;
import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.events.SignatureInvalidated;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.rest.dto.InvalidationRequest;

import io.quarkus.panache.common.Parameters;

/**
 * Staff invalidate signatures in bulk: each matching PENDING or CONFIRMED signature becomes INVALIDATED and its
 * event takes it out of every tally. Personal data stays (so that a mistake can be looked into), but webhook calls
 * to partners not yet delivered are cancelled and erased; withdrawn ones are left alone. Invalidating again matches
 * nothing more. Staff can first ask how many signatures a rule would hit (preview).
 */
@ApplicationScoped
public class InvalidationService {

    private final EmailHasher hasher;
    private final Outbox outbox;
    private final WebhookDeliveries webhooks;
    private final AuditTrail audit;
    private final StaffActor staff;

    public InvalidationService(EmailHasher hasher, Outbox outbox, WebhookDeliveries webhooks, AuditTrail audit,
            StaffActor staff) {
        this.hasher = hasher;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.audit = audit;
        this.staff = staff;
    }

    /** @return how many signatures were invalidated */
    @Transactional
    public int invalidate(String slug, InvalidationRequest request) {
        Petition petition = petition(slug);
        Rule rule = rule(petition, request);
        List<Signature> matching = Signature.<Signature>find(rule.where(), rule.params())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = Instant.now();
        for (Signature s : matching) {
            s.invalidate(now);
            outbox.add(Topics.SIGNATURES, SignatureInvalidated.TYPE, petition.id.toString(),
                    new SignatureInvalidated(s.id, petition.id, petition.slug, now));
        }
        webhooks.cancelFor(matching.stream().map(s -> s.id).toList());
        audit.record(staff.name(), "signatures.invalidate", petition.slug,
                Map.of("petitionId", petition.id, "invalidated", matching.size(), "rule", rule.described()));
        return matching.size();
    }

    /** How many signatures {@link #invalidate} would invalidate now; changes nothing, and is not audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long preview(String slug, InvalidationRequest request) {
        Rule rule = rule(petition(slug), request);
        return Signature.count(rule.where(), rule.params());
    }

    private static Petition petition(String slug) {
        return Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    /** The signatures still counted or pending that match every criterion given. */
    private Rule rule(Petition petition, InvalidationRequest request) {
        StringBuilder where = new StringBuilder("petitionId = :petition and status in :statuses");
        Parameters params = Parameters.with("petition", petition.id)
                .and("statuses", List.of(Signature.Status.PENDING, Signature.Status.CONFIRMED));
        Map<String, Object> described = new LinkedHashMap<>();
        if (request.emailDomain() != null) {
            where.append(" and emailDomainHash = :domain");
            params.and("domain", hasher.hashDomain(request.emailDomain()));
            described.put("emailDomain", EmailHasher.normalize(request.emailDomain()));
        }
        if (request.clientNetwork() != null) {
            String network = network(request.clientNetwork());
            where.append(" and clientNetwork = :network");
            params.and("network", network);
            described.put("clientNetwork", network);
        }
        if (request.signedFrom() != null) {
            where.append(" and createdAt >= :from");
            params.and("from", request.signedFrom());
            described.put("signedFrom", request.signedFrom().toString());
        }
        if (request.signedUntil() != null) {
            where.append(" and createdAt < :until");
            params.and("until", request.signedUntil());
            described.put("signedUntil", request.signedUntil().toString());
        }
        return new Rule(where.toString(), params, described);
    }

    /** The query of a rule, and the rule as the audit trail describes it (the network as matched, never more). */
    private record Rule(String where, Parameters params, Map<String, Object> described) {
    }

    /** An address is matched by its network; a network is taken as written (as the signer list shows it). */
    private static String network(String given) {
        String fromAddress = ClientNetwork.of(given);
        return fromAddress != null ? fromAddress : given.strip();
    }
}
