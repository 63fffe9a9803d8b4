package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A petition's confirmed total reached one of its milestones (web/Milestone: the goal, then 2, 5, 10, 20, 50 ...
 * times the goal) for the first time. Announced once per milestone, even if withdrawals take the total below it and
 * confirmations cross it again. Nothing personal travels.
 */
public record PetitionMilestoneReached(UUID petitionId, String petitionSlug, String petitionTitle, int goal,
        long milestone, long total, Instant reachedAt) {

    public static final String TYPE = "petition.milestone-reached";
}
