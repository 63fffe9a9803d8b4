package org.chorus.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

/**
 * The suppression list: address hashes that get no more updates (milestone emails). An unsubscribe or a hard bounce
 * puts one there; being there twice changes nothing.
 */
@ApplicationScoped
public class Suppressions {

    public enum Reason { UNSUBSCRIBED, BOUNCED }

    private final EntityManager em;

    public Suppressions(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void suppress(byte[] addressHash, Reason reason) {
        int added = em.createNativeQuery("""
                INSERT INTO suppression (address_hash, reason, created_at) VALUES (:hash, :reason, :now)
                ON CONFLICT (address_hash) DO NOTHING""")
                .setParameter("hash", addressHash)
                .setParameter("reason", reason.name())
                .setParameter("now", Instant.now())
                .executeUpdate();
        if (added == 1) {
            Log.infof("an address was added to the suppression list (%s)", reason);
        }
    }

    @Transactional
    public boolean isSuppressed(byte[] addressHash) {
        return addressHash != null && !em.createNativeQuery("SELECT 1 FROM suppression WHERE address_hash = :hash")
                .setParameter("hash", addressHash)
                .getResultList().isEmpty();
    }
}
