package org.chorus.letter.batch;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.rest.dto.ContactRequest;

/**
 * Where each letter goes (table letter_recipient): the target's contacts as the directory had them when the letter
 * was written, or when staff last took them in again. Dispatch sends to these and to nothing else.
 */
@ApplicationScoped
public class FrozenRecipients {

    /** A contact as a letter keeps it: what the email needs, and what the letter's text addresses. */
    public record Recipient(TargetContact.Role role, String name, String title, String salutation, String email) {

        static final Comparator<Recipient> BY_ROLE = Comparator.comparing(Recipient::role);

        static Recipient of(TargetContact c) {
            return new Recipient(c.role, c.name, c.title, c.salutation, c.email);
        }

        static Recipient of(ContactRequest c) {
            return new Recipient(c.role(), c.name(), c.title(), c.salutation(), c.email());
        }

        ContactRequest contact() {
            return new ContactRequest(role, name, title, salutation, email, null);
        }
    }

    private final EntityManager em;

    public FrozenRecipients(EntityManager em) {
        this.em = em;
    }

    /** Replaces what a letter keeps with these contacts. */
    @Transactional(Transactional.TxType.MANDATORY)
    void freeze(UUID letterId, Collection<Recipient> recipients) {
        em.createNativeQuery("DELETE FROM letter_recipient WHERE letter_id = :letter")
                .setParameter("letter", letterId)
                .executeUpdate();
        for (Recipient r : recipients) {
            em.createNativeQuery("""
                    INSERT INTO letter_recipient (letter_id, role, name, title, salutation, email)
                    VALUES (:letter, :role, :name, :title, :salutation, :email)""")
                    .setParameter("letter", letterId)
                    .setParameter("role", r.role().name())
                    .setParameter("name", r.name())
                    .setParameter("title", r.title())
                    .setParameter("salutation", r.salutation())
                    .setParameter("email", r.email())
                    .executeUpdate();
        }
    }

    /** What each of these letters keeps, by role; a letter that keeps none is absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<Recipient>> of(Collection<UUID> letterIds) {
        if (letterIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT letter_id, role, name, title, salutation, email FROM letter_recipient
                WHERE letter_id IN (:letters) ORDER BY letter_id, role""")
                .setParameter("letters", letterIds)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(
                r -> new Recipient(TargetContact.Role.valueOf((String) r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5]),
                Collectors.toList())));
    }

    /** The directory's contacts of these targets now, by role; a target without any (or deleted) is absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<Recipient>> inDirectory(Collection<UUID> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        return TargetContact.<TargetContact> list("targetId in ?1", targetIds).stream()
                .collect(Collectors.groupingBy(c -> c.targetId, Collectors.collectingAndThen(Collectors.toList(),
                        cs -> cs.stream().map(Recipient::of).sorted(Recipient.BY_ROLE).toList())));
    }
}
