package org.chorus.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Directory rows that a test adds and removes again, so that a run leaves the seeded directory as it was. */
@ApplicationScoped
public class DirectoryRows {

    private final EntityManager em;

    public DirectoryRows(EntityManager em) {
        this.em = em;
    }

    /** A code that the seeded directory does not hold, with its terms and group memberships. */
    @Transactional
    public void forgetTarget(String code) {
        em.createNativeQuery("delete from council_term where country_code = :c").setParameter("c", code).executeUpdate();
        em.createNativeQuery("delete from target_group_member where country_code = :c").setParameter("c", code)
                .executeUpdate();
        em.createNativeQuery("delete from target where country_code = :c").setParameter("c", code).executeUpdate();
    }
}
