package org.chorus.petition.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chorus.crypto.SecretKeys;
import org.chorus.petition.config.PetitionConfig;

/**
 * An optional, self-hosted cost on signing through the JSON API, where scripted mass signing would come from: no
 * third-party CAPTCHA, which would load someone else's script and single out signers behind Tor or in danger.
 * Off while {@code chorus.petition.abuse.proof-of-work.difficulty} is 0. The server-rendered form does not ask
 * for it, so that it keeps working with JavaScript off; the honeypot and minimum fill time (web/FormGuard) guard it.
 *
 * <p>A challenge is {@code slug|millis|random} and an HMAC of it (the form key; the "pow|" prefix keeps these MACs
 * apart from FormGuard's). A solution is a nonce such that SHA-256 of {@code challenge:nonce} starts with
 * {@code difficulty} zero bits. Each challenge counts once on this replica: it is remembered until it expires.
 */
@ApplicationScoped
public class ProofOfWork {

    public static final String ALGORITHM = "SHA-256";

    /** What a client solves: {@code challenge}, {@code difficulty} in bits, before {@code expiresAt}. */
    public record Challenge(String challenge, int difficulty, String algorithm, Instant expiresAt) {
    }

    private static final String MAC_ALGORITHM = "HmacSHA256";
    /** Remembered challenges are swept of expired ones when there are more than this. */
    private static final int SWEEP_ABOVE = 10_000;

    private final SecretKeySpec key;
    private final int difficulty;
    private final Duration maxAge;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    @Inject
    public ProofOfWork(PetitionConfig config) {
        this(SecretKeys.decode(config.formKey(), "chorus.petition.form-key"), config.abuse().proofOfWork().difficulty(),
                config.abuse().proofOfWork().maxAge());
    }

    ProofOfWork(byte[] key, int difficulty, Duration maxAge) {
        if (difficulty < 0 || difficulty > 32) {
            throw new IllegalArgumentException("chorus.petition.abuse.proof-of-work.difficulty must be 0 to 32 bits");
        }
        this.key = new SecretKeySpec(key, MAC_ALGORITHM);
        this.difficulty = difficulty;
        this.maxAge = maxAge;
    }

    public boolean required() {
        return difficulty > 0;
    }

    public Challenge issue(String slug, Instant now) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String body = slug + "|" + now.toEpochMilli() + "|" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return new Challenge(body + "|" + mac(body), difficulty, ALGORITHM, now.plus(maxAge));
    }

    /**
     * @throws ProofOfWorkException when a proof is required and this one is missing, not ours, for another
     *         petition, expired, already used, or not a solution
     */
    public void verify(String slug, String challenge, String nonce, Instant now) {
        if (!required()) {
            return;
        }
        if (challenge == null || nonce == null) {
            throw new ProofOfWorkException("This petition asks for a proof of work: get a challenge from "
                    + "GET /api/petitions/" + slug + "/proof-of-work and send its solution as proofOfWork.");
        }
        Instant issued = issuedAt(slug, challenge);
        if (issued == null) {
            throw new ProofOfWorkException("The proof-of-work challenge is not one of ours for this petition.");
        }
        Instant expires = issued.plus(maxAge);
        if (now.isAfter(expires)) {
            throw new ProofOfWorkException("The proof-of-work challenge has expired: get a new one.");
        }
        if (leadingZeroBits(sha256(challenge + ":" + nonce)) < difficulty) {
            throw new ProofOfWorkException("The nonce does not solve the proof-of-work challenge.");
        }
        if (used.putIfAbsent(challenge, expires) != null) {
            throw new ProofOfWorkException("This proof-of-work challenge was used already: get a new one.");
        }
        if (used.size() > SWEEP_ABOVE) {
            used.values().removeIf(until -> until.isBefore(now));
        }
    }

    /** @return when the challenge was issued, or null when it is malformed, forged or for another petition */
    private Instant issuedAt(String slug, String challenge) {
        int lastBar = challenge.lastIndexOf('|');
        if (lastBar < 0) {
            return null;
        }
        String body = challenge.substring(0, lastBar);
        byte[] given = challenge.substring(lastBar + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), given)) {
            return null;
        }
        String[] parts = body.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(slug)) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance(ALGORITHM).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("pow|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot authenticate a proof-of-work challenge", e);
        }
    }
}
