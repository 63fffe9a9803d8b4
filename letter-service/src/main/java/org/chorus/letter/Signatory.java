package org.chorus.letter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One confirmed signature as letters need it: where the signer lives and, only if they consented to be named,
 * the name to print, and whether it may be printed for the government of their own country too (batch/NamePolicy).
 * Written from events by SignatoryService, never by a request.
 */
@Entity
public class Signatory extends PanacheEntityBase {

    @Id
    @Column(name = "signature_id")
    public UUID signatureId;

    @Column(name = "petition_id")
    public UUID petitionId;

    @Column(name = "petition_slug")
    public String petitionSlug;

    public String country;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "name_to_own_government")
    public boolean nameToOwnGovernment;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
