package org.chorus.letter.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state that letters are addressed to, by ISO 3166-1 alpha-2 code, and the language its letters are written in. */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "country_code")
    public String countryCode;

    public String name;

    /** One of the template locales (at least the six UN official languages); English where there is no template. */
    public String locale;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
