package org.chorus.petition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A partner organization that embeds petitions on its own site. Signatures name it by slug; its Keycloak client
 * (client-credentials, realm role partner) is how it reads its own signers and counts.
 */
@Entity
public class Partner extends PanacheEntityBase {

    @Id
    public String slug;

    public String name;

    /** The organization's contact email, if it gave one. */
    public String contact;

    /** Exact web origins ({@code https://example.org:8443}), lower case, no path. */
    @Column(name = "allowed_origins")
    public String[] allowedOrigins;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** Signs each webhook call (see webhook/WebhookSignature); encrypted, shown to staff only when it is made. */
    @Column(name = "webhook_secret_encrypted")
    public byte[] webhookSecretEncrypted;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public List<String> origins() {
        return List.of(allowedOrigins);
    }

    public static Optional<Partner> findBySlug(String slug) {
        return findByIdOptional(slug);
    }

    public static Optional<Partner> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public static List<Partner> bySlug() {
        return listAll(Sort.by("slug"));
    }
}
