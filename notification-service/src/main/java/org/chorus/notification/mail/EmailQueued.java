package org.chorus.notification.mail;

/** Fired when emails are queued; observed after commit to wake the sender at once. */
public record EmailQueued() {
}
