package org.chorus.testing.bodies;

import java.util.LinkedHashMap;
import java.util.Map;

/** An endpoint that takes a body, with the headers its caller needs (a staff token, say). */
public record Endpoint(String method, String path, Map<String, String> headers) {

    public Endpoint {
        headers = Map.copyOf(headers);
    }

    /** From {@code "POST /api/things"}. */
    public static Endpoint of(String methodAndPath) {
        String[] parts = methodAndPath.split(" ");
        return new Endpoint(parts[0], parts[1], Map.of());
    }

    public Endpoint withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Endpoint(method, path, more);
    }

    /** Method and path only: the headers may hold a token, which has no place in a failure message. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
