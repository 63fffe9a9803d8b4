package org.chorus.letter;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A petition's letter in one language, as staff wrote it: a Qute HTML template and its subject, and who reviewed
 * this text in its language (none while unreviewed, as a machine translation is).
 */
@Entity
@Table(name = "letter_template")
@IdClass(LetterTemplate.Key.class)
public class LetterTemplate extends PanacheEntityBase {

    /** Petition and language: one template each. */
    public static class Key implements Serializable {

        public String petitionSlug;
        public String locale;

        public Key() {
        }

        public Key(String petitionSlug, String locale) {
            this.petitionSlug = petitionSlug;
            this.locale = locale;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(petitionSlug, k.petitionSlug) && Objects.equals(locale, k.locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(petitionSlug, locale);
        }
    }

    @Id
    @Column(name = "petition_slug")
    public String petitionSlug;

    @Id
    public String locale;

    public String subject;

    public String body;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;
}
