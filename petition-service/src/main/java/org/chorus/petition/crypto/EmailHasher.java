package org.chorus.petition.crypto;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.crypto.KeyedHash;
import org.chorus.crypto.SecretKeys;
import org.chorus.petition.config.PetitionConfig;

/**
 * A keyed hash (HMAC-SHA256) of the normalized email address: it finds a repeat signature without the address
 * being stored, and without the key nobody can test a guessed address against the database.
 */
@ApplicationScoped
public class EmailHasher {

    private static final String DOMAIN_PREFIX = "domain:";

    private final KeyedHash hash;

    public EmailHasher(PetitionConfig config) {
        this.hash = new KeyedHash(SecretKeys.decode(config.emailHashKey(), "chorus.petition.email-hash-key"));
    }

    public byte[] hash(String email) {
        return hash.of(normalize(email));
    }

    /**
     * The keyed hash of an address's domain (or of a bare domain), so that staff can find the signatures of one
     * domain; prefixed so that it can never equal the hash of an address.
     */
    public byte[] hashDomain(String emailOrDomain) {
        String normalized = normalize(emailOrDomain);
        return hash.of(DOMAIN_PREFIX + normalized.substring(normalized.lastIndexOf('@') + 1));
    }

    /** Case and surrounding spaces never make two addresses different. */
    public static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
