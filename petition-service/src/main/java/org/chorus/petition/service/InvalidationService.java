package org.chorus.petition.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.abuse.ClientNetwork;
import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.events.SignatureInvalidated;
import org.chorus.petition.messaging.OutboxWriter;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.rest.dto.InvalidationRequest;

import io.quarkus.panache.common.Parameters;

/**
 * Staff invalidate signatures in bulk: each matching PENDING or CONFIRMED signature becomes INVALIDATED and its
 * event takes it out of every tally. Personal data stays (so that a mistake can be looked into), but webhook calls
 * to partners not yet delivered are cancelled and erased; withdrawn ones are left alone. Invalidating again matches
 * nothing more.
 */
@ApplicationScoped
public class InvalidationService {

    private final EmailHasher hasher;
    private final OutboxWriter outbox;
    private final WebhookDeliveries webhooks;

    public InvalidationService(EmailHasher hasher, OutboxWriter outbox, WebhookDeliveries webhooks) {
        this.hasher = hasher;
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    /** @return how many signatures were invalidated */
    @Transactional
    public int invalidate(String slug, InvalidationRequest request) {
        Petition petition = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
        StringBuilder where = new StringBuilder("petitionId = :petition and status in :statuses");
        Parameters params = Parameters.with("petition", petition.id)
                .and("statuses", List.of(Signature.Status.PENDING, Signature.Status.CONFIRMED));
        if (request.emailDomain() != null) {
            where.append(" and emailDomainHash = :domain");
            params.and("domain", hasher.hashDomain(request.emailDomain()));
        }
        if (request.clientNetwork() != null) {
            where.append(" and clientNetwork = :network");
            params.and("network", network(request.clientNetwork()));
        }
        if (request.signedFrom() != null) {
            where.append(" and createdAt >= :from");
            params.and("from", request.signedFrom());
        }
        if (request.signedUntil() != null) {
            where.append(" and createdAt < :until");
            params.and("until", request.signedUntil());
        }
        List<Signature> matching = Signature.<Signature>find(where.toString(), params)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = Instant.now();
        for (Signature s : matching) {
            s.invalidate(now);
            outbox.add(Topics.SIGNATURES, SignatureInvalidated.TYPE, petition.id,
                    new SignatureInvalidated(s.id, petition.id, petition.slug, now));
        }
        webhooks.cancelFor(matching.stream().map(s -> s.id).toList());
        return matching.size();
    }

    /** An address is matched by its network; a network is taken as written (as the signer list shows it). */
    private static String network(String given) {
        String fromAddress = ClientNetwork.of(given);
        return fromAddress != null ? fromAddress : given.strip();
    }
}
