package org.chorus.petition;

import java.util.Locale;

/** A confirm link of a signature that was withdrawn or invalidated: it never counts again. */
public class SignatureNotConfirmableException extends RuntimeException {

    public SignatureNotConfirmableException(Signature.Status status) {
        super("This signature was " + status.name().toLowerCase(Locale.ROOT)
                + " and can no longer be confirmed.");
    }
}
