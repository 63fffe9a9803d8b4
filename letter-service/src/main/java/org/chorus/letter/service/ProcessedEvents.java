package org.chorus.letter.service;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/** Remembers handled event ids in the caller's transaction, so the effect and the memory of it commit together. */
public final class ProcessedEvents {

    private ProcessedEvents() {
    }

    /** @return true the first time this event id is seen, false on every redelivery. */
    public static boolean firstTime(EntityManager em, UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
