package org.chorus.letter.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where a letter to a state goes: its foreign ministry or its permanent mission to the UN. One of each at most. */
@Entity
@Table(name = "target_contact")
public class TargetContact extends PanacheEntityBase {

    public enum Role { FOREIGN_MINISTRY, UN_MISSION }

    @Id
    public UUID id;

    @Column(name = "target_id")
    public UUID targetId;

    @Enumerated(EnumType.STRING)
    public Role role;

    public String name;

    public String title;

    public String salutation;

    public String email;

    @Column(name = "postal_address")
    public String postalAddress;
}
