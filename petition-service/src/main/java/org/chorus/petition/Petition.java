package org.chorus.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Petition extends PanacheEntityBase {

    public enum Status { DRAFT, OPEN, CLOSED }

    @Id
    public UUID id;

    public String slug;

    public String title;

    public String summary;

    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Demand> demands;

    @Column(name = "consent_texts")
    @JdbcTypeCode(SqlTypes.JSON)
    public ConsentTexts consentTexts;

    /** Texts in the locales after the first; the first locale's texts are the columns above. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Translation> translations = new HashMap<>();

    public int goal;

    @Enumerated(EnumType.STRING)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> locales;

    /** The states the petition accuses (ISO codes): no signer's name goes into a letter to their governments. */
    @Column(name = "sensitive_states")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> sensitiveStates = new ArrayList<>();

    @Column(name = "consent_version")
    public String consentVersion;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Petition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Locked, so that two staff requests (or a request and the closing job) change its state one after the other. */
    public static Optional<Petition> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Open petitions whose closing time has come; rows another replica is closing right now are skipped. */
    @SuppressWarnings("unchecked")
    public static List<Petition> dueForClosingLocked(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT * FROM petition WHERE status = 'OPEN' AND closes_at <= :now
                        ORDER BY closes_at LIMIT :limit FOR UPDATE SKIP LOCKED""", Petition.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    public boolean isOpen() {
        return isOpenAt(Instant.now());
    }

    /** Signing ends at closesAt itself, not when the closing job gets round to marking the petition CLOSED. */
    public boolean isOpenAt(Instant when) {
        return status == Status.OPEN && (closesAt == null || when.isBefore(closesAt));
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public String defaultLocale() {
        return locales == null || locales.isEmpty() ? "en" : locales.get(0);
    }

    /** The texts in {@code locale} if the petition has it, else in its default locale; each missing text falls back. */
    public PetitionText text(String locale) {
        Translation t = locale == null || locale.equals(defaultLocale()) || !locales.contains(locale)
                ? null : translations.get(locale);
        if (t == null) {
            return new PetitionText(defaultLocale(), title, summary, body, demands, consentTexts);
        }
        List<Demand> translated = demands.stream()
                .map(d -> new Demand(d.id(), or(t.demands() == null ? null : t.demands().get(d.id()), d.text())))
                .toList();
        ConsentTexts c = t.consents() == null ? consentTexts : t.consents();
        return new PetitionText(locale, or(t.title(), title), or(t.summary(), summary), or(t.body(), body), translated,
                c);
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
