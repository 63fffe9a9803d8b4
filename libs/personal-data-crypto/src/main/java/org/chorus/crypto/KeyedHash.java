package org.chorus.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret key: a value can be recognized again without being stored, and without the key nobody
 * can test a guess against the stored hashes. Safe to share between threads.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** Looking a MAC up and keying it costs more than using it: each thread keeps a keyed one. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public KeyedHash(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public byte[] of(String value) {
        return of(value.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] of(byte[] value) {
        return macs.get().doFinal(value);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
