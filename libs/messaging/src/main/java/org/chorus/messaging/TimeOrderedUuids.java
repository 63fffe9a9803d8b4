package org.chorus.messaging;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds and the other 74 free bits are
 * random. Ids made one after another sort together, so a B-tree index on them grows at its right edge: a random
 * UUID's index touches a random page on every insert, and once that index outgrows PostgreSQL's shared buffers each
 * insert reads a page and, after each checkpoint, writes it whole to the WAL.
 */
public final class TimeOrderedUuids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 10;

    private TimeOrderedUuids() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        long high = (unixMillis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0L;
        for (int i = 2; i < RANDOM_BYTES; i++) {
            low = (low << 8) | (random[i] & 0xFFL);
        }
        return new UUID(high, (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    /** The millisecond a version-7 UUID was made in. */
    public static long unixMillisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
