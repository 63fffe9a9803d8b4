package org.chorus.letter.manifest;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * Signature ids in the order the manifest hashes them: that of their canonical lower-case text. For that fixed-width
 * hex form, text order is the unsigned order of (most, least) significant bits; {@link UUID#compareTo} is signed
 * and would differ. Ids are kept as pairs of longs in one array and merge-sorted bottom-up: no UUID comparator
 * chasing pointers, no recursion, and n log n whatever the input (time-ordered ids included).
 */
final class IdOrder {

    private IdOrder() {
    }

    /** The distinct ids, sorted, as {msb0, lsb0, msb1, lsb1, …}. */
    static long[] sortedDistinct(Collection<UUID> ids) {
        UUID[] all = ids.toArray(new UUID[0]);
        long[] pairs = new long[2 * all.length];
        for (int i = 0; i < all.length; i++) {
            UUID id = Objects.requireNonNull(all[i], "a signature id is null");
            pairs[2 * i] = id.getMostSignificantBits();
            pairs[2 * i + 1] = id.getLeastSignificantBits();
        }
        return distinct(sort(pairs));
    }

    /** The position of {@code id} in sorted pairs, or -1. */
    static int indexOf(long[] sorted, UUID id) {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        int low = 0;
        int high = sorted.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(sorted[2 * mid], sorted[2 * mid + 1], msb, lsb);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    static int compare(long msbA, long lsbA, long msbB, long lsbB) {
        int byMost = Long.compareUnsigned(msbA, msbB);
        return byMost != 0 ? byMost : Long.compareUnsigned(lsbA, lsbB);
    }

    private static long[] sort(long[] pairs) {
        int n = pairs.length / 2;
        long[] from = pairs;
        long[] to = new long[pairs.length];
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                merge(from, to, low, Math.min(low + width, n), Math.min(low + 2 * width, n));
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Merges the sorted runs [low, mid) and [mid, high) of {@code from} into the same places of {@code to}. */
    private static void merge(long[] from, long[] to, int low, int mid, int high) {
        int left = low;
        int right = mid;
        for (int k = low; k < high; k++) {
            boolean takeLeft = right >= high || (left < mid
                    && compare(from[2 * left], from[2 * left + 1], from[2 * right], from[2 * right + 1]) <= 0);
            int take = takeLeft ? left++ : right++;
            to[2 * k] = from[2 * take];
            to[2 * k + 1] = from[2 * take + 1];
        }
    }

    private static long[] distinct(long[] sorted) {
        int n = sorted.length / 2;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || sorted[2 * i] != sorted[2 * kept - 2] || sorted[2 * i + 1] != sorted[2 * kept - 1]) {
                sorted[2 * kept] = sorted[2 * i];
                sorted[2 * kept + 1] = sorted[2 * i + 1];
                kept++;
            }
        }
        return kept == n ? sorted : Arrays.copyOf(sorted, 2 * kept);
    }
}
