package org.chorus.letter;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Looks straight into the service's database, for tests about what is (and is not) stored. */
@ApplicationScoped
public class StoredRows {

    private final EntityManager em;

    public StoredRows(EntityManager em) {
        this.em = em;
    }

    /** How many rows, in any table of the service's schema, contain {@code text} anywhere in any column. */
    @Transactional
    public long containing(String text) {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("""
                SELECT table_name::text FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""").getResultList();
        if (tables.isEmpty()) {
            throw new AssertionError("no tables found: the search would prove nothing");
        }
        long rows = 0;
        for (String table : tables) {
            rows += ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM \"" + table + "\" t WHERE position(lower(:text) in lower(t::text)) > 0")
                    .setParameter("text", text)
                    .getSingleResult()).longValue();
        }
        return rows;
    }

    @Transactional
    public boolean eventProcessed(UUID eventId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() > 0;
    }

    @Transactional
    public boolean signatoryStored(UUID signatureId) {
        return Signatory.findById(signatureId) != null;
    }

    /** Removes what a test added to the directory under these codes (targets, their terms and memberships). */
    @Transactional
    public void forgetTargets(String... codes) {
        for (String code : codes) {
            em.createNativeQuery("DELETE FROM council_term WHERE country_code = :c").setParameter("c", code).executeUpdate();
            em.createNativeQuery("DELETE FROM target_group_member WHERE country_code = :c").setParameter("c", code)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM target WHERE country_code = :c").setParameter("c", code).executeUpdate();
        }
    }

    /** Removes a petition's letter templates, so that a test stores them afresh. */
    @Transactional
    public void forgetTemplates(String petitionSlug) {
        em.createNativeQuery("DELETE FROM letter_template WHERE petition_slug = :slug").setParameter("slug", petitionSlug)
                .executeUpdate();
    }

    /** Changes rows behind the service's back, as someone with database access could: {@code :id} is bound to id. */
    @Transactional
    public int tamper(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter("id", id).executeUpdate();
    }

    @Transactional
    public long signatories(String petitionSlug) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM signatory WHERE petition_slug = :slug")
                .setParameter("slug", petitionSlug).getSingleResult()).longValue();
    }
}
