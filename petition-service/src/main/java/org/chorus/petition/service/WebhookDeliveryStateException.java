package org.chorus.petition.service;

import java.util.UUID;

import org.chorus.petition.WebhookDelivery;

/** Only a FAILED delivery is queued again: a pending one is on its way, a delivered or cancelled one is done. */
public class WebhookDeliveryStateException extends RuntimeException {

    public WebhookDeliveryStateException(UUID id, WebhookDelivery.Status status) {
        super("Webhook delivery " + id + " is " + status + "; only a FAILED delivery can be retried.");
    }
}
