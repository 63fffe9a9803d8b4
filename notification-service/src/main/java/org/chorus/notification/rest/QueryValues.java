package org.chorus.notification.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads query and path values that JAX-RS would turn into a bare 404 when malformed: here a malformed one is a 400
 * problem that says which value and what it must be.
 */
final class QueryValues {

    private QueryValues() {
    }

    /** @return null when absent */
    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryValueException(name + " must be a UUID.");
        }
    }

    /** @return null when absent; case does not matter */
    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryValueException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
