package org.chorus.letter.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * RFC 6962 section 2.1 written out as the RFC states it (recursive, on Strings), to check the iterative build
 * against. Slow and obviously right, which is the point.
 */
final class Rfc6962 {

    private Rfc6962() {
    }

    /** The ids as the manifest must order them: distinct, sorted by their text. */
    static List<String> sortedText(List<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().sorted().toList();
    }

    static String mth(List<String> leaves) {
        return HexFormat.of().formatHex(hash(leaves));
    }

    static List<String> path(int m, List<String> leaves) {
        int n = leaves.size();
        if (n <= 1) {
            return new ArrayList<>();
        }
        int k = split(n);
        List<String> path;
        if (m < k) {
            path = path(m, leaves.subList(0, k));
            path.add(mth(leaves.subList(k, n)));
        } else {
            path = path(m - k, leaves.subList(k, n));
            path.add(mth(leaves.subList(0, k)));
        }
        return path;
    }

    /** For each hash of PATH(m, D[n]), leaf to root: whether it is the right-hand sibling. */
    static List<Boolean> siblingIsRight(int m, int n) {
        if (n <= 1) {
            return new ArrayList<>();
        }
        int k = split(n);
        List<Boolean> sides = m < k ? siblingIsRight(m, k) : siblingIsRight(m - k, n - k);
        sides.add(m < k);
        return sides;
    }

    static List<UUID> randomIds(int count, long seed) {
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }

    private static byte[] hash(List<String> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] { 0 }, leaves.get(0).getBytes(StandardCharsets.UTF_8));
        }
        int k = split(n);
        return sha256(new byte[] { 1 }, hash(leaves.subList(0, k)), hash(leaves.subList(k, n)));
    }

    /** The largest power of two smaller than n. */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] sha256(byte[]... parts) {
        MessageDigest digest = TreeHasher.sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
