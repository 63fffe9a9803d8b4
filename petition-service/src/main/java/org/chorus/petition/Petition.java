package org.chorus.petition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

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

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> demands;

    public int goal;

    @Enumerated(EnumType.STRING)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> locales;

    @Column(name = "consent_version")
    public String consentVersion;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Petition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
