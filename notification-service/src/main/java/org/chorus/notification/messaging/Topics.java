package org.chorus.notification.messaging;

/** Kafka topic and channel names, named once for code and tests. */
public final class Topics {

    public static final String SIGNATURES = "signatures";
    public static final String SIGNATURES_DLQ = "signatures.dlq";

    /** The incoming channel that turns signature events into emails. */
    public static final String SIGNATURES_FOR_EMAIL = "signatures-for-email";

    private Topics() {
    }
}
