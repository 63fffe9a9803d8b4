package org.chorus.notification.messaging;

/** Kafka topic and channel names, named once for code and tests. */
public final class Topics {

    public static final String SIGNATURES = "signatures";
    public static final String SIGNATURES_DLQ = "signatures.dlq";

    public static final String PETITIONS = "petitions";
    public static final String DELIVERIES = "deliveries";
    public static final String LETTERS = "letters";
    public static final String LETTERS_DLQ = "letters.dlq";

    /** The incoming channel that turns letter events into emails (letters to targets, delivered notices). */
    public static final String LETTERS_FOR_EMAIL = "letters-for-email";
    public static final String PETITIONS_DLQ = "petitions.dlq";

    /** The incoming channel that turns signature events into emails. */
    public static final String SIGNATURES_FOR_EMAIL = "signatures-for-email";

    /** The incoming channel that turns petition events (milestones) into emails. */
    public static final String PETITIONS_FOR_EMAIL = "petitions-for-email";

    private Topics() {
    }
}
