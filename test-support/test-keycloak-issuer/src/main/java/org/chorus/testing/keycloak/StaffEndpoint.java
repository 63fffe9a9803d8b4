package org.chorus.testing.keycloak;

import java.util.List;

/**
 * One staff endpoint of a service: its path as JAX-RS declares it (placeholders in braces), a query, the type the
 * caller accepts, and the realm roles that may call it.
 */
public record StaffEndpoint(String method, String template, String query, String accept, List<String> roles) {

    public static StaffEndpoint json(String method, String template, String query, List<String> roles) {
        return new StaffEndpoint(method, template, query, "application/json", roles);
    }

    boolean sendsBody() {
        return method.equals("POST") || method.equals("PUT");
    }

    @Override
    public String toString() {
        return method + " " + template + query + " (" + accept + ")";
    }
}
