package org.chorus.petition.messaging;

/** Kafka topic and channel names, named once for code and tests. */
public final class Topics {

    public static final String SIGNATURES = "signatures";
    public static final String SIGNATURES_DLQ = "signatures.dlq";
    public static final String PETITIONS = "petitions";

    /** letter-service's batch.names-sent: whose names each dispatched batch printed, and where. */
    public static final String NAMES_SENT = "names-sent";

    /** The incoming channel that keeps, per signature, the dispatched letters that printed its name. */
    public static final String NAMES_SENT_FOR_WITHDRAWALS = "names-sent-for-withdrawals";

    /** The incoming channel that feeds the tallies from the signatures topic. */
    public static final String SIGNATURES_FOR_TALLY = "signatures-for-tally";

    private Topics() {
    }
}
