package org.chorus.testing.bodies;

import java.util.List;

/** JSON built to hurt a parser by its depth. */
public final class HostileBodies {

    private HostileBodies() {
    }

    /**
     * Nested as deep as fits within {@code limit} bytes: about 30,000 levels of arrays, 10,000 of objects for 64 KiB.
     * Jackson refuses JSON nested deeper than its StreamReadConstraints allow (1000 levels), also where it skips an
     * unknown field.
     */
    public static List<String> nestedWithin(int limit) {
        int arrays = (limit - 1000) / 2;
        int objects = (limit - 1000) / 6;
        return List.of(
                nestedArrays(arrays),
                "{\"name\":" + nestedArrays(arrays - 10) + "}",
                // an unknown field is skipped, and skipping reads every level too
                "{\"unknown\":" + "{\"a\":".repeat(objects) + "1" + "}".repeat(objects) + "}");
    }

    public static String nestedArrays(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }
}
