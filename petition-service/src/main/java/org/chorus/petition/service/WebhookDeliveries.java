package org.chorus.petition.service;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.petition.Partner;
import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.WebhookDelivery;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.rest.dto.WebhookDeliveryView;
import org.chorus.petition.webhook.WebhookPayload;
import org.chorus.petition.webhook.WebhookQueued;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Partners' webhook deliveries on the database side: queued in the transaction that confirms a signature (so that
 * none is lost and the signer waits for no partner), cancelled and erased with the signature's withdrawal or
 * invalidation if not yet delivered, listed for staff and queued again by them. webhook/WebhookDispatcher sends them.
 */
@ApplicationScoped
public class WebhookDeliveries {

    static final int PAGE_SIZE = 50;
    private static final List<WebhookDelivery.Status> UNDELIVERED = List.of(WebhookDelivery.Status.PENDING,
            WebhookDelivery.Status.FAILED);
    /** Bound parameters per statement stay far below PostgreSQL's limit when thousands are invalidated at once. */
    private static final int CANCEL_CHUNK = 1000;

    private final SignerDataCipher cipher;
    private final ObjectMapper mapper;
    private final Event<WebhookQueued> queued;
    private final AuditTrail audit;
    private final StaffActor staff;

    public WebhookDeliveries(SignerDataCipher cipher, ObjectMapper mapper, Event<WebhookQueued> queued,
            AuditTrail audit, StaffActor staff) {
        this.cipher = cipher;
        this.mapper = mapper;
        this.queued = queued;
        this.audit = audit;
        this.staff = staff;
    }

    /**
     * Queues the signature.confirmed call for the partner the signature came through, if that partner has a
     * webhook. The signer's name, email and postal code go into it only if the signer agreed to be contacted by the
     * partner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueConfirmed(Signature s, Petition petition) {
        if (s.partner == null) {
            return;
        }
        Partner partner = Partner.findBySlug(s.partner)
                .filter(p -> p.webhookUrl != null && p.webhookSecretEncrypted != null).orElse(null);
        if (partner == null) {
            return;
        }
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID();
        d.partner = partner.slug;
        d.signatureId = s.id;
        d.eventType = WebhookPayload.SIGNATURE_CONFIRMED;
        d.payloadEncrypted = cipher.encrypt(json(new WebhookPayload(d.id, WebhookPayload.SIGNATURE_CONFIRMED,
                petition.slug, partner.slug, s.confirmedAt, s.country, signer(s))));
        d.status = WebhookDelivery.Status.PENDING;
        d.createdAt = s.confirmedAt;
        d.nextAttemptAt = s.confirmedAt;
        d.persist();
        queued.fire(WebhookQueued.INSTANCE);
    }

    /** What has not reached the partners yet never will: it is CANCELLED and its payload erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelFor(Collection<UUID> signatureIds) {
        List<UUID> ids = List.copyOf(signatureIds);
        for (int from = 0; from < ids.size(); from += CANCEL_CHUNK) {
            WebhookDelivery.update("status = :cancelled, payloadEncrypted = null, nextAttemptAt = null"
                    + " where signatureId in :ids and status in :undelivered",
                    Parameters.with("cancelled", WebhookDelivery.Status.CANCELLED)
                            .and("ids", ids.subList(from, Math.min(from + CANCEL_CHUNK, ids.size())))
                            .and("undelivered", UNDELIVERED));
        }
    }

    /** @param status one status, or null for all; newest first */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDeliveryView> list(String partner, String status, int page) {
        PartnerRegistry.partner(partner);
        Parameters params = Parameters.with("partner", partner);
        String query = "partner = :partner";
        if (status != null) {
            query += " and status = :status";
            params.and("status", WebhookDelivery.Status.valueOf(status));
        }
        return WebhookDelivery.<WebhookDelivery>find(query, Sort.descending("createdAt").and("id"), params)
                .page(Page.of(page, PAGE_SIZE)).list().stream().map(WebhookDeliveryView::of).toList();
    }

    /** A FAILED delivery gets a new round of attempts, the first one now, if its signature still counts. */
    @Transactional
    public WebhookDeliveryView retry(String partner, String deliveryId) {
        PartnerRegistry.partner(partner);
        WebhookDelivery d = parse(deliveryId)
                .map(id -> WebhookDelivery.<WebhookDelivery>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.partner.equals(partner))
                .orElseThrow(() -> new WebhookDeliveryNotFoundException(partner, deliveryId));
        if (d.status != WebhookDelivery.Status.FAILED) {
            throw new WebhookDeliveryStateException(d.id, d.status);
        }
        Signature s = Signature.findById(d.signatureId);
        if (!s.status.counts()) {
            throw WebhookDeliveryStateException.signatureNoLongerCounts(d.id);
        }
        d.status = WebhookDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = Instant.now();
        queued.fire(WebhookQueued.INSTANCE);
        audit.record(staff.name(), "webhook-delivery.retry", d.id.toString(), Map.of("partner", partner));
        return WebhookDeliveryView.of(d);
    }

    /** How many of the partner's deliveries are in each status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<WebhookDelivery.Status, Long> counts(String partner) {
        Map<WebhookDelivery.Status, Long> counts = new EnumMap<>(WebhookDelivery.Status.class);
        for (WebhookDelivery.Status status : WebhookDelivery.Status.values()) {
            counts.put(status, 0L);
        }
        WebhookDelivery.getEntityManager()
                .createQuery("select d.status, count(d) from WebhookDelivery d where d.partner = :partner"
                        + " group by d.status", Object[].class)
                .setParameter("partner", partner).getResultList()
                .forEach(row -> counts.put((WebhookDelivery.Status) row[0], (Long) row[1]));
        return counts;
    }

    private WebhookPayload.Signer signer(Signature s) {
        if (!s.consentPartner) {
            return WebhookPayload.Signer.ANONYMOUS;
        }
        return new WebhookPayload.Signer(true, cipher.decrypt(s.nameEncrypted), cipher.decrypt(s.emailEncrypted),
                cipher.decrypt(s.postalCodeEncrypted), s.locale);
    }

    private String json(WebhookPayload payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the webhook payload cannot be serialized", e);
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
