package org.chorus.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a test reads from a token's claims (not checked: the services do that). */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

    private Jwt() {
    }

    /** The token's expiry, in seconds since the epoch. */
    static long expiresAt(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = EXP.matcher(claims);
        if (!exp.find()) {
            throw new AssertionError("token without exp");
        }
        return Long.parseLong(exp.group(1));
    }

    /** The token's claims, as JSON objects, arrays and values. */
    static Map<String, Object> claims(String token) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new AssertionError("a token whose claims are not JSON", e);
        }
    }
}
