package org.chorus.letter.events;

/** The types of the events on the signatures topic that this service knows. */
public final class SignatureEventTypes {

    /** A signature now counts: the read model takes it in. */
    public static final String CONFIRMED = "signature.confirmed";

    /** A person signed and must confirm. Carries email and name, which this service must not keep. */
    public static final String SUBMITTED = "signature.submitted";

    /**
     * Reserved: a signer withdrew. Until its handling is built it is unknown here, so it goes to the dead-letter
     * topic and can be replayed then, rather than being dropped.
     */
    public static final String WITHDRAWN = "signature.withdrawn";

    private SignatureEventTypes() {
    }
}
