package org.chorus.letter.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state's seat on the UN Security Council from {@code startsOn} to {@code endsOn}, both included; no end: permanent. */
@Entity
@Table(name = "council_term")
public class CouncilTerm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
