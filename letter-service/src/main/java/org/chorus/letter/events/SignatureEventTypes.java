package org.chorus.letter.events;

/** The types of the events on the signatures topic that this service knows. */
public final class SignatureEventTypes {

    /** A signature now counts: the read model takes it in. */
    public static final String CONFIRMED = "signature.confirmed";

    /** A person signed and must confirm. Carries email and name, which this service must not keep. */
    public static final String SUBMITTED = "signature.submitted";

    /** A signer withdrew: their signatory leaves the read model and every batch not yet dispatched. */
    public static final String WITHDRAWN = "signature.withdrawn";

    /** Staff invalidated a fraudulent signature: it leaves the read model as a withdrawn one does. */
    public static final String INVALIDATED = "signature.invalidated";

    private SignatureEventTypes() {
    }
}
