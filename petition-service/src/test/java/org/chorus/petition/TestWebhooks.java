package org.chorus.petition;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.petition.crypto.EmailHasher;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.crypto.Tokens;
import org.chorus.petition.service.WebhookDeliveries;

import io.restassured.http.ContentType;

/**
 * Partners with a webhook, registered through the staff API (whose 201 shows the webhook secret), signatures
 * through them waiting to be confirmed by the public API, and what is stored of their deliveries.
 */
@ApplicationScoped
public class TestWebhooks {

    /** A partner as its registration answered: its slug and the webhook secret shown once. */
    public record Registered(String slug, String secret) {
    }

    /** A signature waiting for confirmation, and the token of its confirmation link. */
    public record Pending(UUID id, String confirmToken, String withdrawToken) {
    }

    private final SignerDataCipher cipher;
    private final EmailHasher hasher;
    private final WebhookDeliveries deliveries;

    public TestWebhooks(SignerDataCipher cipher, EmailHasher hasher, WebhookDeliveries deliveries) {
        this.cipher = cipher;
        this.hasher = hasher;
        this.deliveries = deliveries;
    }

    public static Registered register(String webhookUrl) {
        Map<String, Object> body = PartnerRegistrationTest.body();
        body.put("webhookUrl", webhookUrl);
        String secret = PartnerRegistrationTest.register(body).statusCode(201).extract().path("webhookSecret");
        return new Registered((String) body.get("slug"), secret);
    }

    /** Points the partner's webhook at {@code url} in the database, as a URL stored before any check would be. */
    @Transactional
    public void storeWebhookUrl(String slug, String url) {
        Partner.findBySlug(slug).orElseThrow().webhookUrl = url;
    }

    /** Stored as SigningService stores a signature from a sign request naming the partner. */
    @Transactional
    public Pending pending(UUID petitionId, String partner, boolean partnerConsent, String name, String email) {
        Instant now = Instant.now();
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        String confirmToken = Tokens.newToken(s.id);
        String withdrawToken = Tokens.newToken(s.id);
        s.petitionId = petitionId;
        s.emailHash = hasher.hash(email);
        s.emailDomainHash = hasher.hashDomain(email);
        s.emailEncrypted = cipher.encrypt(email);
        s.nameEncrypted = cipher.encrypt(name);
        s.postalCodeEncrypted = cipher.encrypt("11181");
        s.country = "MM";
        s.locale = "my";
        s.partner = partner;
        s.consentProcessing = true;
        s.consentPartner = partnerConsent;
        s.consentNameInLetters = true;
        s.consentVersion = "test-consent-1";
        s.consentedAt = now;
        s.status = Signature.Status.PENDING;
        s.confirmTokenDigest = Tokens.digest(confirmToken);
        s.confirmExpiresAt = now.plusSeconds(3600);
        s.withdrawTokenDigest = Tokens.digest(withdrawToken);
        s.createdAt = now;
        s.persist();
        return new Pending(s.id, confirmToken, withdrawToken);
    }

    /** Confirmed as ConfirmationService does, but with its delivery due only {@code at}. */
    @Transactional
    public void confirmedAt(UUID signatureId, Instant at) {
        Signature s = Signature.findById(signatureId);
        s.status = Signature.Status.CONFIRMED;
        s.confirmedAt = at;
        deliveries.queueConfirmed(s, Petition.findById(s.petitionId));
    }

    /**
     * A delivery queued for a confirmed signature that was then invalidated in the same transaction, without its
     * delivery being cancelled: what a dispatcher or a retry must still refuse to send, however the row came about.
     */
    @Transactional
    public UUID queuedForInvalidated(UUID signatureId, WebhookDelivery.Status deliveryStatus) {
        Signature s = Signature.findById(signatureId);
        s.status = Signature.Status.CONFIRMED;
        s.confirmedAt = Instant.now();
        deliveries.queueConfirmed(s, Petition.findById(s.petitionId));
        s.status = Signature.Status.INVALIDATED;
        s.invalidatedAt = Instant.now();
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>find("signatureId", signatureId).singleResult();
        if (deliveryStatus == WebhookDelivery.Status.FAILED) {
            d.status = WebhookDelivery.Status.FAILED;
            d.attempts = 4;
            d.nextAttemptAt = null;
        }
        return d.id;
    }

    public static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm");
    }

    public static io.restassured.response.Response withdraw(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/withdraw");
    }

    @Transactional
    public List<WebhookDelivery> deliveriesOf(UUID signatureId) {
        return WebhookDelivery.list("signatureId", signatureId);
    }

    @Transactional
    public WebhookDelivery onlyDeliveryOf(UUID signatureId) {
        List<WebhookDelivery> deliveries = deliveriesOf(signatureId);
        if (deliveries.size() != 1) {
            throw new AssertionError("expected one delivery of signature " + signatureId + ", found "
                    + deliveries.size());
        }
        return deliveries.get(0);
    }

    /** Every stored column of the partner's deliveries, as text, to look for what must not be there. */
    @Transactional
    @SuppressWarnings("unchecked")
    public String storedText(String partner) {
        List<String> rows = WebhookDelivery.getEntityManager()
                .createNativeQuery("SELECT CAST(d AS text) FROM webhook_delivery d WHERE partner = :p")
                .setParameter("p", partner).getResultList();
        return String.join("\n", rows);
    }
}
