package org.chorus.crypto;

import java.util.Base64;

/** Reads a base64 secret from configuration and refuses keys that are too short to be safe. */
public final class SecretKeys {

    static final int MIN_KEY_BYTES = 32;

    private SecretKeys() {
    }

    /** @param property the configuration key, named in the error so that an operator knows what to fix */
    public static byte[] decode(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 (for example: openssl rand -base64 32)");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(property + " must decode to at least " + MIN_KEY_BYTES + " bytes");
        }
        return key;
    }
}
