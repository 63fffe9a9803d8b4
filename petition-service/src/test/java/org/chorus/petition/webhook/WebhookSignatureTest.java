package org.chorus.petition.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The signature scheme partners verify: HMAC-SHA256 over "timestamp.body", keyed with the secret's text. */
class WebhookSignatureTest {

    private static final String SECRET = "q3l5c2VjcmV0LXRoYXQtaXMtbm90LXJlYWwtYXQtYWxsLTEyMw";
    private static final String BODY = "{\"id\":\"4b8f6a1e-0000-4000-8000-000000000001\",\"type\":\"signature.confirmed\"}";
    private static final long TIMESTAMP = 1_767_225_600L;
    private static final Instant SENT = Instant.ofEpochSecond(TIMESTAMP);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    /** The value openssl gives: printf '%s' "$TIMESTAMP.$BODY" | openssl dgst -sha256 -hmac "$SECRET" */
    @Test
    void theSignatureIsTheHexHmacSha256OfTimestampDotBodyWithTheSecretsText() {
        assertEquals("v1=0c925e88fa40811ee801db28c91d735d93fbb148219af2cdfef7e3efe34237fe",
                WebhookSignature.sign(SECRET, TIMESTAMP, BODY));
    }

    @Test
    void aCallAsSentVerifies() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertTrue(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header, SENT, FIVE_MINUTES));
        assertTrue(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header,
                SENT.plus(FIVE_MINUTES), FIVE_MINUTES), "at the edge of the tolerance");
    }

    @Test
    void aChangedBodyTimestampOrSecretDoesNotVerify() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY.replace("confirmed", "withdrawn"),
                header, SENT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP + 1), BODY, header,
                SENT, FIVE_MINUTES), "the timestamp is signed: it cannot be moved to make an old call look new");
        assertFalse(WebhookSignature.verify(WebhookSignature.newSecret(), Long.toString(TIMESTAMP), BODY, header,
                SENT, FIVE_MINUTES));
    }

    @Test
    void anOldOrFutureCallIsRefusedAsAReplay() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header,
                SENT.plus(FIVE_MINUTES).plusSeconds(1), FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header,
                SENT.minus(FIVE_MINUTES).minusSeconds(1), FIVE_MINUTES));
    }

    @Test
    void malformedHeadersDoNotVerify() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertFalse(WebhookSignature.verify(SECRET, "yesterday", BODY, header, SENT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, null, SENT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header.substring(3), SENT,
                FIVE_MINUTES), "without its version");
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(TIMESTAMP), BODY, header.toUpperCase(), SENT,
                FIVE_MINUTES));
    }

    @Test
    void aNewSecretIs32RandomBytesInBase64Url() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
