package org.chorus.petition.messaging;

/** Kafka topic and channel names, named once for code and tests. */
public final class Topics {

    public static final String SIGNATURES = "signatures";
    public static final String SIGNATURES_DLQ = "signatures.dlq";
    public static final String PETITIONS = "petitions";

    /** The incoming channel that feeds the tallies from the signatures topic. */
    public static final String SIGNATURES_FOR_TALLY = "signatures-for-tally";

    private Topics() {
    }
}
