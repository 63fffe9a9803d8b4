package org.chorus.letter.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a signer keeps to check that their signature was counted in a delivery batch: the inclusion proof of
 * {@link Manifest#proof} with the root it leads to. Its text form fits on one line:
 *
 * <pre>{@code chorus-receipt:v1:<signatureId>:<leafIndex>:<treeSize>:<root>:<hash,hash,...>}</pre>
 *
 * The path is empty for a batch of one. Hashes are 64 hex digits, written lower-case.
 */
public record Receipt(UUID signatureId, int leafIndex, int treeSize, List<String> path, String root) {

    public static final String PREFIX = "chorus-receipt:v1:";
    /** Enough for any tree an int can count: its audit paths have at most 31 hashes. */
    static final int MAX_PATH = 31;
    static final int MAX_TEXT_LENGTH = PREFIX.length() + 36 + 2 * 11 + 3 * 65 + MAX_PATH * 65;

    private static final int FIELDS = 5;
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,9}");

    public Receipt {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(path, "path");
        if (treeSize < 1) {
            throw new IllegalArgumentException("receipt tree size must be at least 1");
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("receipt leaf index must be from 0 to tree size - 1");
        }
        if (path.size() > MAX_PATH) {
            throw new IllegalArgumentException("receipt path has more than " + MAX_PATH + " hashes");
        }
        List<String> normalized = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            normalized.add(hash(path.get(i), "receipt path hash " + (i + 1)));
        }
        path = List.copyOf(normalized);
        root = hash(root, "receipt root");
    }

    /**
     * Reads the text form; surrounding white space (a copied line break) is ignored, upper-case hex is accepted.
     *
     * @throws IllegalArgumentException naming the first field that is wrong, without repeating the input
     */
    public static Receipt parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no receipt given");
        }
        String line = text.strip();
        if (line.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("receipt is longer than any valid receipt");
        }
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a Chorus receipt: it must start with " + PREFIX);
        }
        String[] fields = line.substring(PREFIX.length()).split(":", -1);
        if (fields.length != FIELDS) {
            throw new IllegalArgumentException("receipt must have " + FIELDS + " fields after " + PREFIX
                    + " separated by ':', found " + fields.length);
        }
        if (!CANONICAL_UUID.matcher(fields[0]).matches()) {
            throw new IllegalArgumentException("receipt signature id is not a UUID");
        }
        return new Receipt(UUID.fromString(fields[0]), number(fields[1], "receipt leaf index"),
                number(fields[2], "receipt tree size"), path(fields[4]), fields[3]);
    }

    /** The one-line text form that {@link #parse} reads back. */
    public String text() {
        return PREFIX + signatureId + ":" + leafIndex + ":" + treeSize + ":" + root + ":" + String.join(",", path);
    }

    /** Whether this receipt proves its signature is in the batch whose root is {@code publishedRoot}. */
    public boolean verifies(String publishedRoot) {
        return publishedRoot != null && root.equalsIgnoreCase(publishedRoot.strip())
                && Manifest.verify(signatureId, leafIndex, treeSize, path, root);
    }

    @Override
    public String toString() {
        return text();
    }

    private static int number(String field, String name) {
        if (!COUNT.matcher(field).matches()) {
            throw new IllegalArgumentException(name + " must be a decimal number without sign or leading zeros");
        }
        long value = Long.parseLong(field);
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " is too large");
        }
        return (int) value;
    }

    private static List<String> path(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        String[] hashes = field.split(",", -1);
        if (hashes.length > MAX_PATH) {
            throw new IllegalArgumentException("receipt path has more than " + MAX_PATH + " hashes");
        }
        return List.of(hashes);
    }

    private static String hash(String hex, String name) {
        if (Manifest.parseHash(hex) == null) {
            throw new IllegalArgumentException(name + " must be 64 hex digits");
        }
        return hex.toLowerCase(Locale.ROOT);
    }
}
