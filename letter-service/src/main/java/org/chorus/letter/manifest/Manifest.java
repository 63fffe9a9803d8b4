package org.chorus.letter.manifest;

import static org.chorus.letter.manifest.TreeHasher.HASH_LENGTH;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a letter prints about its delivery batch: how many distinct signatures it counts, a digest of their ids, and
 * the root of a Merkle tree over them, so that a signer holding a {@link Receipt} can check their signature was
 * counted and nobody can later claim a different set.
 *
 * <p>The tree is the one of RFC 6962 section 2.1 (the Merkle Tree Hash of Certificate Transparency) over the ids
 * sorted by their canonical lower-case text ({@link IdOrder}): leaves are SHA-256(0x00 || id), nodes
 * SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest power of two below n. It is built
 * bottom-up, level by level: a lone last node of a level moves up unchanged (it is never paired with itself), which
 * yields exactly that split without recursion. All levels are kept, about 64 bytes per id plus 16 for the id itself
 * (some 80 MB for a million), so a proof is a binary search and one lookup per level, not a rebuild.
 *
 * <p>Immutable, and safe to share between threads once built.
 */
public final class Manifest {

    private static final HexFormat HEX = HexFormat.of();

    /** The sorted distinct ids as (most, least) significant bits, two longs per id rather than UUID objects. */
    private final long[] ids;
    /** levels[0] holds the leaf hashes, each level its nodes as consecutive 32-byte slots; the last holds the root. */
    private final byte[][] levels;
    private final String idsSha256;
    private final String merkleRoot;

    private Manifest(long[] ids, byte[][] levels, String idsSha256, String merkleRoot) {
        this.ids = ids;
        this.levels = levels;
        this.idsSha256 = idsSha256;
        this.merkleRoot = merkleRoot;
    }

    /** Builds the manifest of a batch; duplicates count once and the order of the input does not matter. */
    public static Manifest of(Collection<UUID> signatureIds) {
        long[] sorted = IdOrder.sortedDistinct(signatureIds);
        int count = sorted.length / 2;
        TreeHasher hasher = new TreeHasher();
        MessageDigest idList = TreeHasher.sha256();
        byte[] leaves = new byte[count * HASH_LENGTH];
        for (int i = 0; i < count; i++) {
            hasher.leaf(sorted[2 * i], sorted[2 * i + 1], idList, leaves, i * HASH_LENGTH);
        }
        String idsSha256 = HEX.formatHex(idList.digest());
        if (count == 0) {
            return new Manifest(sorted, new byte[0][], idsSha256, HEX.formatHex(hasher.emptyRoot()));
        }
        List<byte[]> levels = new ArrayList<>();
        levels.add(leaves);
        byte[] level = leaves;
        while (level.length > HASH_LENGTH) {
            level = parentLevel(level, hasher);
            levels.add(level);
        }
        return new Manifest(sorted, levels.toArray(new byte[0][]), idsSha256, HEX.formatHex(level));
    }

    private static byte[] parentLevel(byte[] level, TreeHasher hasher) {
        int size = level.length / HASH_LENGTH;
        byte[] parents = new byte[((size + 1) / 2) * HASH_LENGTH];
        for (int i = 0; i + 1 < size; i += 2) {
            hasher.node(level, i * HASH_LENGTH, parents, (i / 2) * HASH_LENGTH);
        }
        if (size % 2 == 1) {
            System.arraycopy(level, (size - 1) * HASH_LENGTH, parents, (size / 2) * HASH_LENGTH, HASH_LENGTH);
        }
        return parents;
    }

    /** The number of distinct signatures in the batch. */
    public int count() {
        return ids.length / 2;
    }

    /** Hex SHA-256 of the sorted ids, each as its canonical text followed by "\n", in UTF-8. */
    public String idsSha256() {
        return idsSha256;
    }

    /** Hex Merkle Tree Hash (RFC 6962) of the sorted ids; SHA-256 of nothing for an empty batch. */
    public String merkleRoot() {
        return merkleRoot;
    }

    /**
     * The receipt of one signature: its audit path, PATH(m, D[n]) of RFC 6962 section 2.1.1, from the leaf up, with
     * this manifest's size and root. Empty if the id is not in the batch.
     */
    public Optional<Receipt> proof(UUID signatureId) {
        int index = IdOrder.indexOf(ids, Objects.requireNonNull(signatureId, "signatureId"));
        if (index < 0) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        int node = index;
        for (int height = 0; height < levels.length - 1; height++) {
            int sibling = node ^ 1;
            // A lone last node has no sibling on this level: it moved up unchanged, so the path skips the level.
            if (sibling < levels[height].length / HASH_LENGTH) {
                path.add(HEX.formatHex(levels[height], sibling * HASH_LENGTH, (sibling + 1) * HASH_LENGTH));
            }
            node >>>= 1;
        }
        return Optional.of(new Receipt(signatureId, index, count(), path, merkleRoot));
    }

    /**
     * Verifies an inclusion proof as RFC 9162 section 2.1.3.2 prescribes. False, never an exception, for any input
     * that does not prove the id is leaf {@code leafIndex} of a tree of {@code treeSize} leaves with this root,
     * including malformed hex.
     *
     * <p>The root commits to the size of the tree, but a proof does not always pin it: for a leaf whose path has
     * the same shape in two sizes (leaf 0 of 3 or of 4 leaves), both sizes verify. Compare {@code treeSize} with
     * the count printed next to the root.
     */
    public static boolean verify(UUID id, int leafIndex, int treeSize, List<String> path, String root) {
        if (id == null || path == null || root == null || leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        byte[] expected = parseHash(root);
        if (expected == null) {
            return false;
        }
        TreeHasher hasher = new TreeHasher();
        long fn = leafIndex;
        long sn = treeSize - 1L;
        byte[] r = hasher.leaf(id);
        for (String hex : path) {
            byte[] p = parseHash(hex);
            if (p == null || sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = hasher.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, expected);
    }

    /** 32 bytes from 64 hex digits of either case, or null. */
    static byte[] parseHash(String hex) {
        if (hex == null || hex.length() != 2 * HASH_LENGTH) {
            return null;
        }
        for (int i = 0; i < hex.length(); i++) {
            if (!isHexDigit(hex.charAt(i))) {
                return null;
            }
        }
        return HEX.parseHex(hex);
    }

    /** ASCII only: {@link Character#digit} would also accept other scripts' digits. */
    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    @Override
    public String toString() {
        return "Manifest[count=" + count() + ", idsSha256=" + idsSha256 + ", merkleRoot=" + merkleRoot + "]";
    }
}
