package org.chorus.petition.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Unguessable link tokens; only their SHA-256 is stored, so a database leak confirms or withdraws nothing. A token
 * is its signature's id followed by 32 random bytes, in 64 base64url characters: the id finds the row by its primary
 * key, and the SHA-256 of the whole token must then match the one stored. Tokens issued before the id was part of
 * them are 43 characters of random bytes alone, found by their SHA-256.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_CHARS = 64;

    private Tokens() {
    }

    public static String newToken(UUID signatureId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        ByteBuffer raw = ByteBuffer.allocate(ID_BYTES + SECRET_BYTES)
                .putLong(signatureId.getMostSignificantBits())
                .putLong(signatureId.getLeastSignificantBits())
                .put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.array());
    }

    /** The signature a token names; empty for a token without an id (an old one, or not a token at all). */
    public static Optional<UUID> signatureIdOf(String token) {
        if (token.length() != TOKEN_CHARS) {
            return Optional.empty();
        }
        try {
            ByteBuffer raw = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
            return Optional.of(new UUID(raw.getLong(), raw.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** In constant time, so that the time to answer tells nothing about how much of a guess was right. */
    public static boolean matches(String token, byte[] storedDigest) {
        return storedDigest != null && MessageDigest.isEqual(digest(token), storedDigest);
    }
}
