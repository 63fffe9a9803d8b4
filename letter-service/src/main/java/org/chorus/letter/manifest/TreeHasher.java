package org.chorus.letter.manifest;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The hashes of RFC 6962 section 2.1 over signature ids. One instance per build or verification: a
 * {@link MessageDigest} is not thread-safe, and reusing it (and scratch buffers) is what keeps a million leaves
 * fast.
 */
final class TreeHasher {

    static final int HASH_LENGTH = 32;
    /** Length of the canonical text form of a UUID, e.g. {@code 123e4567-e89b-12d3-a456-426614174000}. */
    static final int ID_LENGTH = 36;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest digest = sha256();
    /** 0x00, then the 36 bytes of the id, then '\n' (the newline only for the id-list digest). */
    private final byte[] leafInput = new byte[1 + ID_LENGTH + 1];
    /** 0x01, left, right: one update call per node instead of three. */
    private final byte[] nodeInput = new byte[1 + 2 * HASH_LENGTH];

    TreeHasher() {
        leafInput[0] = LEAF_PREFIX;
        leafInput[1 + ID_LENGTH] = '\n';
        nodeInput[0] = NODE_PREFIX;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** MTH({}) = SHA-256(): the root of the empty tree. */
    byte[] emptyRoot() {
        return digest.digest();
    }

    /**
     * Writes SHA-256(0x00 || utf8(id)) into {@code out} at {@code offset}, and feeds utf8(id) + "\n" to
     * {@code idList}, so the id-list digest needs no second pass and no String per id.
     */
    void leaf(long msb, long lsb, MessageDigest idList, byte[] out, int offset) {
        writeCanonical(msb, lsb, leafInput, 1);
        if (idList != null) {
            idList.update(leafInput, 1, ID_LENGTH + 1);
        }
        digest.update(leafInput, 0, 1 + ID_LENGTH);
        finish(out, offset);
    }

    byte[] leaf(UUID id) {
        byte[] out = new byte[HASH_LENGTH];
        leaf(id.getMostSignificantBits(), id.getLeastSignificantBits(), null, out, 0);
        return out;
    }

    /** Writes SHA-256(0x01 || left || right) into {@code out}; left and right are adjacent in {@code children}. */
    void node(byte[] children, int offset, byte[] out, int outOffset) {
        System.arraycopy(children, offset, nodeInput, 1, 2 * HASH_LENGTH);
        digest.update(nodeInput);
        finish(out, outOffset);
    }

    byte[] node(byte[] left, byte[] right) {
        System.arraycopy(left, 0, nodeInput, 1, HASH_LENGTH);
        System.arraycopy(right, 0, nodeInput, 1 + HASH_LENGTH, HASH_LENGTH);
        digest.update(nodeInput);
        byte[] out = new byte[HASH_LENGTH];
        finish(out, 0);
        return out;
    }

    private void finish(byte[] out, int offset) {
        try {
            digest.digest(out, offset, HASH_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 output does not fit 32 bytes", e);
        }
    }

    /** The bytes of {@code new UUID(msb, lsb).toString()} (lower-case, 8-4-4-4-12), without building the String. */
    static void writeCanonical(long msb, long lsb, byte[] out, int offset) {
        int at = offset;
        at = writeHex(msb >>> 32, 8, out, at);
        out[at++] = '-';
        at = writeHex(msb >>> 16, 4, out, at);
        out[at++] = '-';
        at = writeHex(msb, 4, out, at);
        out[at++] = '-';
        at = writeHex(lsb >>> 48, 4, out, at);
        out[at++] = '-';
        writeHex(lsb, 12, out, at);
    }

    private static int writeHex(long value, int digits, byte[] out, int offset) {
        for (int i = digits - 1; i >= 0; i--) {
            out[offset + i] = HEX_DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
        return offset + digits;
    }
}
