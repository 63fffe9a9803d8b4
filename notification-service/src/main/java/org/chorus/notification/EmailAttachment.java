package org.chorus.notification;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The file a letter email carries (the letter as a PDF), one per email. Its content is encrypted like the bodies,
 * as a letter's annex may name signatories, and erased once the email is sent or bounced.
 */
@Entity
@Table(name = "email_attachment")
public class EmailAttachment extends PanacheEntityBase {

    @Id
    @Column(name = "email_id")
    public UUID emailId;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    /** The content's standard base64 text, encrypted (see PersonalDataCipher). */
    @Column(name = "content_encrypted")
    public byte[] contentEncrypted;

    /** Only letters carry attachments: other emails cost no query. */
    public static Optional<EmailAttachment> of(EmailMessage message) {
        if (message.kind != EmailMessage.Kind.LETTER) {
            return Optional.empty();
        }
        return findByIdOptional(message.id);
    }

    /** A bulk delete: the content is not loaded only to be thrown away. Erasing twice changes nothing. */
    public static void eraseFor(EmailMessage message) {
        if (message.kind == EmailMessage.Kind.LETTER) {
            delete("emailId", message.id);
        }
    }
}
