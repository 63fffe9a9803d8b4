package org.chorus.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final byte[] KEY = SecretKeys.decode(Base64.getEncoder().encodeToString(new byte[32]), "test-key");

    private final AesGcm cipher = new AesGcm(KEY);

    @Test
    void roundTripsUnicodeText() {
        String name = "မောင်မောင် <b>Aung</b>";
        assertEquals(name, cipher.decrypt(cipher.encrypt(name)));
    }

    @Test
    void equalValuesNeverLookEqualAndHoldNoPlainText() {
        byte[] a = cipher.encrypt("thida@example.org");
        byte[] b = cipher.encrypt("thida@example.org");
        assertFalse(Arrays.equals(a, b));
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains("thida"));
    }

    @Test
    void tamperedValueOrWrongKeyFailsLoudly() {
        byte[] sealed = cipher.encrypt("secret");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> new AesGcm(other).decrypt(cipher.encrypt("secret")));
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void shortOrMalformedKeysAreRefusedNamingTheSetting() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> SecretKeys.decode(Base64.getEncoder().encodeToString(new byte[16]), "chorus.x.data-key"));
        assertEquals("chorus.x.data-key must decode to at least 32 bytes", shortKey.getMessage());
        assertThrows(IllegalStateException.class, () -> SecretKeys.decode("not base64!", "chorus.x.data-key"));
        assertArrayEquals(new byte[32], SecretKeys.decode(" " + Base64.getEncoder().encodeToString(new byte[32]) + "\n", "k"));
    }
}
