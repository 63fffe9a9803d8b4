package org.chorus.letter.messaging;

/** Kafka topic and channel names, named once for code and tests. */
public final class Topics {

    public static final String SIGNATURES = "signatures";
    public static final String SIGNATURES_DLQ = "signatures.dlq";
    public static final String PETITIONS = "petitions";
    public static final String LETTERS = "letters";
    /**
     * A letter's event carries its HTML and its PDF: a long annex of names outgrows Kafka's default megabyte. Topic
     * letters is created with {@code max.message.bytes} this large (deploy/local/kafka.bash).
     */
    public static final int LETTERS_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    public static final String DELIVERIES = "deliveries";

    /**
     * Whose names each dispatched batch printed (ids and target codes), for petition-service to tell a signer who
     * withdraws later. As large as a batch's signatures: created with {@code max.message.bytes} as letters is.
     */
    public static final String NAMES_SENT = "names-sent";
    public static final String DELIVERIES_DLQ = "deliveries.dlq";

    /** The incoming channel that follows each letter's emails (deliveries events) into its status. */
    public static final String DELIVERIES_FOR_LETTERS = "deliveries-for-letters";
    public static final String PETITIONS_DLQ = "petitions.dlq";

    /** The incoming channel that feeds the petitions read model (titles and demands for letters). */
    public static final String PETITIONS_FOR_LETTERS = "petitions-for-letters";

    /** The incoming channel that feeds the signatory read model from the signatures topic. */
    public static final String SIGNATURES_FOR_LETTERS = "signatures-for-letters";

    private Topics() {
    }
}
