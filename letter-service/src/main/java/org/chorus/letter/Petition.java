package org.chorus.letter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published petition as letters need it: its title and demands in each of its languages (JSON, see PetitionTexts). */
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

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
