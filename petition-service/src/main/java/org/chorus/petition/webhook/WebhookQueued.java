package org.chorus.petition.webhook;

/** Fired when a delivery is queued (or queued again); observed after commit to wake the dispatcher at once. */
public record WebhookQueued() {

    public static final WebhookQueued INSTANCE = new WebhookQueued();
}
