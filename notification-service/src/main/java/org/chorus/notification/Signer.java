package org.chorus.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who signed, as far as this service needs to write to them again: the address, name and withdraw link
 * token (all encrypted), the language and whether they want updates. Deleted when the signature is withdrawn or
 * invalidated, or when it was never confirmed and its link expired.
 */
@Entity
@Table(name = "signer")
public class Signer extends PanacheEntityBase {

    @Id
    @Column(name = "signature_id")
    public UUID signatureId;

    @Column(name = "petition_id")
    public UUID petitionId;

    @Column(name = "petition_slug")
    public String petitionSlug;

    @Column(name = "petition_title")
    public String petitionTitle;

    @Column(name = "recipient_encrypted")
    public byte[] recipientEncrypted;

    /** The address's keyed hash (crypto/AddressHasher), to check the suppression list without decrypting. */
    @Column(name = "address_hash")
    public byte[] addressHash;

    @Column(name = "name_encrypted")
    public byte[] nameEncrypted;

    @Column(name = "withdraw_token_encrypted")
    public byte[] withdrawTokenEncrypted;

    public String locale;

    @Column(name = "updates_consent")
    public boolean updatesConsent;

    @Column(name = "pending_until")
    public Instant pendingUntil;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
