package org.chorus.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class KeyedHashTest {

    @Test
    void isHmacSha256OfTheUtf8Bytes() {
        // RFC 4231, test case 2
        KeyedHash hash = new KeyedHash("Jefe".getBytes());
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(hash.of("what do ya want for nothing?")));
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        assertFalse(Arrays.equals(new KeyedHash(one).of("a@example.org"), new KeyedHash(two).of("a@example.org")));
        assertArrayEquals(new KeyedHash(one).of("a@example.org"), new KeyedHash(one).of("a@example.org"));
    }
}
