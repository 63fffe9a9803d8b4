package org.chorus.letter.batch;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.letter.events.EmailDelivery;
import org.chorus.letter.service.ProcessedEvents;

/**
 * A letter's status follows its emails (one per contact of the target): SENT as soon as one of them was sent, else
 * FAILED or BOUNCED as the last of them ended. Applied once per event.
 */
@ApplicationScoped
public class LetterStatuses {

    private final EntityManager em;

    public LetterStatuses(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(UUID eventId, EmailDelivery delivery) {
        if (delivery.letterId() == null || !ProcessedEvents.firstTime(em, eventId)) {
            return;
        }
        Letter letter = em.find(Letter.class, delivery.letterId(), LockModeType.PESSIMISTIC_WRITE);
        if (letter == null || letter.status == Letter.Status.SENT) {
            return;
        }
        letter.status = switch (delivery.status()) {
            case "SENT" -> Letter.Status.SENT;
            case "BOUNCED" -> Letter.Status.BOUNCED;
            default -> Letter.Status.FAILED;
        };
        letter.statusAt = delivery.at();
    }
}
