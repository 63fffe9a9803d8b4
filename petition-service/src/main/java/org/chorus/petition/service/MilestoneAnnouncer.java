package org.chorus.petition.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.petition.Petition;
import org.chorus.petition.events.PetitionMilestoneReached;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.web.Milestone;

import io.quarkus.logging.Log;

/**
 * Announces a petition's milestones, each once, in the transaction that counted the confirmation reaching it. The
 * tallies are a hot path: for a total that is no milestone this costs a map lookup and a comparison. Goals are kept
 * in memory because a published petition's goal never changes (only a draft is edited, and drafts are not kept);
 * there are few petitions, so the map stays small.
 */
@ApplicationScoped
public class MilestoneAnnouncer {

    private final EntityManager em;
    private final Outbox outbox;
    private final Map<UUID, Integer> publishedGoals = new ConcurrentHashMap<>();

    public MilestoneAnnouncer(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** @param total the petition's confirmed total just after a confirmation was counted */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceIfReached(UUID petitionId, long total) {
        Integer goal = goal(petitionId);
        if (goal == null || !Milestone.isMilestone(goal, total)) {
            return;
        }
        boolean first = em.createNativeQuery("""
                INSERT INTO petition_milestone (petition_id, milestone) VALUES (:p, :m) ON CONFLICT DO NOTHING""")
                .setParameter("p", petitionId)
                .setParameter("m", total)
                .executeUpdate() == 1;
        if (!first) {
            return;
        }
        Petition p = Petition.findById(petitionId);
        outbox.add(Topics.PETITIONS, PetitionMilestoneReached.TYPE, petitionId.toString(),
                new PetitionMilestoneReached(petitionId, p.slug, p.title, goal, total, total, Instant.now()));
        Log.infof("petition %s reached its milestone of %d confirmed signatures", p.slug, total);
    }

    /** @return null for a petition this service does not know */
    private Integer goal(UUID petitionId) {
        Integer cached = publishedGoals.get(petitionId);
        if (cached != null) {
            return cached;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT goal, status FROM petition WHERE id = :p")
                .setParameter("p", petitionId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        int goal = ((Number) rows.get(0)[0]).intValue();
        if (!Petition.Status.DRAFT.name().equals(rows.get(0)[1])) {
            publishedGoals.put(petitionId, goal);
        }
        return goal;
    }
}
