package org.chorus.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Tokens an attacker makes out of a real one of the local Keycloak. */
final class RealTokenAttacks {

    private RealTokenAttacks() {
    }

    /** The real token with one character of its signature changed. */
    static String tampered(String token) {
        int last = token.length() - 5;
        char changed = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + changed + token.substring(last + 1);
    }

    /** The real token's claims, unsigned: header alg none, empty signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
