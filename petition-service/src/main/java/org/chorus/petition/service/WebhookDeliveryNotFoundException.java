package org.chorus.petition.service;

public class WebhookDeliveryNotFoundException extends RuntimeException {

    public WebhookDeliveryNotFoundException(String partner, String deliveryId) {
        super("Partner '" + partner + "' has no webhook delivery '" + deliveryId + "'.");
    }
}
