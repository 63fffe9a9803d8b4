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
    private static final String DOMAIN_PREFIX = "domain:";

    private final SecretKeySpec key;
    /** Looking a MAC up and keying it costs more than using it: each thread keeps a keyed one. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public EmailHasher(PetitionConfig config) {
        this.key = new SecretKeySpec(SecretKeys.decode(config.emailHashKey(), "chorus.petition.email-hash-key"), ALGORITHM);
    }

    public byte[] hash(String email) {
        return mac(normalize(email));
    }

    /**
     * The keyed hash of an address's domain (or of a bare domain), so that staff can find the signatures of one
     * domain; prefixed so that it can never equal the hash of an address.
     */
    public byte[] hashDomain(String emailOrDomain) {
        String normalized = normalize(emailOrDomain);
        return mac(DOMAIN_PREFIX + normalized.substring(normalized.lastIndexOf('@') + 1));
    }

    private byte[] mac(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash email addresses", e);
        }
    }

    /** Case and surrounding spaces never make two addresses different. */
    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
