package org.chorus.letter;

import java.time.Instant;
import java.util.UUID;

/** Delivery reports of a letter's emails as notification-service publishes them (its schema: email.delivery.schema.json). */
final class DeliveryReports {

    private DeliveryReports() {
    }

    /** Reported now. */
    static String report(String type, String letterId, String status) {
        return report(type, letterId, status, Instant.now().toString());
    }

    /** @param at when it happened, as the report gives it */
    static String report(String type, String letterId, String status, String at) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/notification-service\","
                + "\"type\":\"" + type + "\",\"subject\":\"" + UUID.randomUUID() + "\",\"time\":\"" + Instant.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"emailId\":\"" + UUID.randomUUID()
                + "\",\"kind\":\"LETTER\",\"causeEventId\":\"" + UUID.randomUUID() + "\",\"signatureId\":null,"
                + "\"petitionId\":null,\"letterId\":\"" + letterId + "\",\"status\":\"" + status + "\",\"attempts\":1,"
                + "\"at\":\"" + at + "\",\"reason\":null}}";
    }
}
