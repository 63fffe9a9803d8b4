package org.chorus.petition.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.petition.Partner;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.keycloak.PartnerClient;
import org.chorus.petition.keycloak.PartnerClients;
import org.chorus.petition.rest.dto.PartnerRequest;
import org.chorus.petition.rest.dto.PartnerView;
import org.chorus.petition.rest.dto.RegisteredPartner;
import org.chorus.petition.rest.dto.WebhookView;
import org.chorus.petition.webhook.WebhookSignature;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The partner registry. Registering creates the partner's Keycloak client first and stores the partner after, in a
 * transaction of its own (no transaction is held open while Keycloak answers); if the partner cannot be stored, the
 * client is deleted again, so that a failed registration leaves neither behind. A partner with a webhook URL gets a
 * webhook secret, stored encrypted and shown once, like the client secret. The registration and each change of the
 * origins or the webhook are recorded in the audit trail with the partner they concern (no secret, no contact
 * address, no origin: only how many).
 */
@ApplicationScoped
public class PartnerRegistry {

    private final PartnerClients clients;
    private final PartnerOrigins origins;
    private final SignerDataCipher cipher;
    private final AuditTrail audit;
    private final StaffActor staff;

    public PartnerRegistry(PartnerClients clients, PartnerOrigins origins, SignerDataCipher cipher, AuditTrail audit,
            StaffActor staff) {
        this.clients = clients;
        this.origins = origins;
        this.cipher = cipher;
        this.audit = audit;
        this.staff = staff;
    }

    public RegisteredPartner register(PartnerRequest request, String registeredBy) {
        if (QuarkusTransaction.requiringNew().call(() -> Partner.findBySlug(request.slug()).isPresent())) {
            throw new PartnerExistsException(request.slug());
        }
        PartnerClient client = clients.create(request.slug(), request.name());
        String webhookSecret = request.webhookUrl() == null ? null : WebhookSignature.newSecret();
        Partner partner;
        try {
            partner = QuarkusTransaction.requiringNew()
                    .call(() -> stored(request, client, cipher.encrypt(webhookSecret), registeredBy));
        } catch (RuntimeException e) {
            clients.delete(client);
            if (isConstraintViolation(e)) {
                throw new PartnerExistsException(request.slug());
            }
            throw e;
        }
        origins.refresh();
        Log.infof("registered the partner %s with its Keycloak client", partner.slug);
        return RegisteredPartner.of(partner, client.secret(), webhookSecret);
    }

    /**
     * Replaces the web origins the partner may embed petitions from. This replica's embed pages follow at once (the
     * cache is dropped after the commit, so that nobody reloads the old list meanwhile); other replicas within
     * chorus.petition.partners.origins-max-age (5 s), and the gateway's CORS at its next refresh of
     * /internal/partner-origins (chorus.gateway.cors.refresh-every, 30 s).
     */
    public PartnerView replaceOrigins(String slug, List<String> allowedOrigins) {
        PartnerView changed = QuarkusTransaction.requiringNew().call(() -> {
            Partner p = partner(slug);
            p.allowedOrigins = normalized(allowedOrigins).toArray(String[]::new);
            audit.record(staff.name(), "partner.origins", p.slug, Map.of("origins", p.allowedOrigins.length));
            return PartnerView.of(p);
        });
        origins.refresh();
        Log.infof("the allowed origins of partner %s were replaced", slug);
        return changed;
    }

    /**
     * Points the partner's webhook at {@code url} with a new secret: from now on every call, retries of earlier
     * deliveries included, is signed with it.
     */
    @Transactional
    public WebhookView replaceWebhook(String slug, String url) {
        Partner p = partner(slug);
        String secret = WebhookSignature.newSecret();
        p.webhookUrl = url;
        p.webhookSecretEncrypted = cipher.encrypt(secret);
        audit.record(staff.name(), "partner.webhook", p.slug, Map.of("webhook", url == null ? "none" : "set"));
        Log.infof("the webhook of partner %s was set, with a new secret", slug);
        return new WebhookView(p.slug, p.webhookUrl, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerView> all() {
        return Partner.bySlug().stream().map(PartnerView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerView get(String slug) {
        return PartnerView.of(partner(slug));
    }

    /**
     * The registered partner a partner token speaks for. Its {@code partner} claim names it (every partner client
     * has that hardcoded claim); a token without one names its client ({@code azp}), which must be a partner's.
     * Either way the partner's client must be the one the token was issued to, so that a claim configured on some
     * other client by mistake opens nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String callerPartner(String partnerClaim, String clientId) {
        Optional<Partner> partner = partnerClaim != null ? Partner.findBySlug(partnerClaim)
                : clientId != null ? Partner.findByClientId(clientId) : Optional.empty();
        return partner.filter(p -> clientId == null || p.clientId.equals(clientId)).map(p -> p.slug)
                .orElseThrow(PartnerNotRegisteredException::new);
    }

    static Partner partner(String slug) {
        return Partner.findBySlug(slug).orElseThrow(() -> new PartnerNotFoundException(slug));
    }

    private Partner stored(PartnerRequest request, PartnerClient client, byte[] webhookSecretEncrypted,
            String registeredBy) {
        Partner p = store(request, client, webhookSecretEncrypted, registeredBy);
        audit.record(registeredBy, "partner.register", p.slug, Map.of("clientId", p.clientId,
                "webhook", p.webhookUrl == null ? "none" : "set"));
        return p;
    }

    private static Partner store(PartnerRequest request, PartnerClient client, byte[] webhookSecretEncrypted,
            String registeredBy) {
        Partner p = new Partner();
        p.slug = request.slug();
        p.name = request.name();
        p.contact = request.contact();
        p.allowedOrigins = normalized(request.allowedOrigins()).toArray(String[]::new);
        p.clientId = client.clientId();
        p.webhookUrl = request.webhookUrl();
        p.webhookSecretEncrypted = webhookSecretEncrypted;
        p.createdAt = Instant.now();
        p.createdBy = registeredBy;
        p.persistAndFlush();
        return p;
    }

    /** In the form browsers send, each once, in the order given. */
    static List<String> normalized(List<String> origins) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        origins.forEach(o -> unique.add(WebOrigins.normalize(o).orElseThrow()));
        return new ArrayList<>(unique);
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
