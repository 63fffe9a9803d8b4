package org.chorus.petition.service;

import java.util.UUID;

import org.chorus.petition.WebhookDelivery;

/**
 * Only a FAILED delivery is queued again, and only while its signature counts: a pending one is on its way, a
 * delivered or cancelled one is done.
 */
public class WebhookDeliveryStateException extends RuntimeException {

    public WebhookDeliveryStateException(UUID id, WebhookDelivery.Status status) {
        this("Webhook delivery " + id + " is " + status + "; only a FAILED delivery can be retried.");
    }

    private WebhookDeliveryStateException(String message) {
        super(message);
    }

    /** A call reports a confirmed signature: once withdrawn or invalidated, there is nothing true left to report. */
    public static WebhookDeliveryStateException signatureNoLongerCounts(UUID id) {
        return new WebhookDeliveryStateException("Webhook delivery " + id
                + " reports a signature that was withdrawn or invalidated since; it is not sent again.");
    }
}
