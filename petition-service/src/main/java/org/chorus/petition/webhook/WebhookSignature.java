package org.chorus.petition.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook call proves it comes from Chorus, and when it was sent. The partner's secret (its text, exactly as
 * shown once to staff) keys an HMAC-SHA256 over {@code "<timestamp>.<body>"}; the header carries it as
 * {@code v1=<hex>}. The timestamp is signed too, so that a partner can reject an old call replayed by someone who
 * captured it; the delivery id lets it recognize a delivery it has had already (retries repeat the id and body).
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Chorus-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Chorus-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Chorus-Webhook-Signature";

    /** The scheme's version: a future scheme gets a new prefix, and both can be sent side by side. */
    static final String VERSION = "v1=";
    private static final int SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** @return the value of the signature header, {@code v1=} and 64 lower-case hex digits */
    public static String sign(String secret, long timestamp, String body) {
        return VERSION + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * What a partner does on receiving a call (the README shows it): recompute, compare in constant time, and refuse
     * a timestamp further than {@code tolerance} from its own clock.
     */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader,
            Instant now, Duration tolerance) {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds() || signatureHeader == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
