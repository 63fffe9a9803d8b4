package org.chorus.notification.mail;

import java.util.UUID;

/** Fired when an email is queued; observed after commit to wake the sender at once. */
public record EmailQueued(UUID emailId) {
}
