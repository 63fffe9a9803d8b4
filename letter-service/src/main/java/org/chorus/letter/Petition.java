package org.chorus.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A published petition as letters need it: its title and demands in each of its languages (JSON, see PetitionTexts),
 * and the states it accuses, whose governments get no signer's name (batch/NamePolicy).
 */
@Entity
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    @Column(name = "default_locale")
    public String defaultLocale;

    /** {@code {locale: {title, demands: [{id, text}]}}}, the default locale included. */
    public String texts;

    /** ISO 3166-1 alpha-2 codes; empty for a petition that accuses no state. */
    @Column(name = "sensitive_states")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> sensitiveStates = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
