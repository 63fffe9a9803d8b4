package org.chorus.notification.events;

import java.time.Instant;
import java.util.UUID;

/** A petition's confirmed total reached a milestone (petition-service's {@code petition.milestone-reached}). */
public record MilestoneReached(UUID petitionId, String petitionSlug, String petitionTitle, long goal, long milestone,
        long total, Instant reachedAt) {

    public static final String TYPE = "petition.milestone-reached";
}
