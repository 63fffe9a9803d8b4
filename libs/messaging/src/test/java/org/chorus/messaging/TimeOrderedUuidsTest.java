package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    @Test
    void idsAreVersionSevenWithTheirMillisecondFirst() {
        long millis = 1_796_000_000_123L;
        UUID id = TimeOrderedUuids.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, TimeOrderedUuids.unixMillisOf(id));
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgresqlComparesThem() {
        UUID earlier = TimeOrderedUuids.at(1_796_000_000_000L);
        UUID later = TimeOrderedUuids.at(1_796_000_000_001L);
        assertTrue(bytewise(earlier, later) < 0, earlier + " should sort before " + later);
        assertTrue(bytewise(TimeOrderedUuids.at(0x7FFF_FFFF_FFFFL), TimeOrderedUuids.at(0x8000_0000_0000L)) < 0,
                "the sign bit of the time must not reverse the order");
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedUuids.at(1_796_000_000_000L));
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void nextUsesTheClock() {
        long before = System.currentTimeMillis();
        long made = TimeOrderedUuids.unixMillisOf(TimeOrderedUuids.next());
        assertTrue(made >= before && made <= System.currentTimeMillis());
    }

    /** PostgreSQL orders uuid values by their 16 bytes, unsigned, as memcmp does. */
    private static int bytewise(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
