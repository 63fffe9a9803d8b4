package org.chorus.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers handled event ids in the caller's transaction, so the effect and the memory of it commit together. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time this event id is seen, false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
