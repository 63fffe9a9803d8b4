package org.chorus.notification.rest.dto;

import java.time.Instant;

/**
 * The confirmation emails of one petition, by status, for the staff dashboard. {@code oldestQueuedAt}: when the
 * longest-waiting queued one was queued (null when none waits); {@code queueDelaySeconds}: how long it has waited
 * (0 when none waits). {@code bounceRate} = bounced / (sent + bounced), 0 when neither. {@code suppressionListSize}:
 * the addresses (of every petition) that get no more update emails.
 */
public record NotificationStats(long queued, Instant oldestQueuedAt, long queueDelaySeconds, long sent, long failed,
        long bounced, long suppressed, double bounceRate, long suppressionListSize) {
}
