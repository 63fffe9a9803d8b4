package org.chorus.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The staff_audit table read around the API, for what it must not hold. */
@ApplicationScoped
public class AuditRows {

    private final EntityManager em;

    public AuditRows(EntityManager em) {
        this.em = em;
    }

    /** This staff member's rows in which the text appears in action, subject or details. */
    @Transactional
    public long ofActorContaining(String actor, String text) {
        return ((Number) em.createNativeQuery("select count(*) from staff_audit a where actor = :actor"
                + " and strpos(concat(action, subject, cast(details as text)), :t) > 0")
                .setParameter("actor", actor).setParameter("t", text).getSingleResult()).longValue();
    }

    /** Rows in which the text appears anywhere: actor, action, subject or details. */
    @Transactional
    public long containing(String text) {
        return ((Number) em.createNativeQuery("select count(*) from staff_audit a where strpos(cast(a as text), :t) > 0")
                .setParameter("t", text).getSingleResult()).longValue();
    }
}
