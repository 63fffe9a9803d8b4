package org.chorus.petition.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.crypto.SecretKeys;
import org.chorus.petition.config.PetitionConfig;

/**
 * A keyed hash (HMAC-SHA256) of the normalized email address: it finds a repeat signature without the address
 * being stored, and without the key nobody can test a guessed address against the database.
 */
@ApplicationScoped
public class EmailHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public EmailHasher(PetitionConfig config) {
        this.key = new SecretKeySpec(SecretKeys.decode(config.emailHashKey(), "chorus.petition.email-hash-key"), ALGORITHM);
    }

    public byte[] hash(String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(normalize(email).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash email address", e);
        }
    }

    /** Case and surrounding spaces never make two addresses different. */
    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
