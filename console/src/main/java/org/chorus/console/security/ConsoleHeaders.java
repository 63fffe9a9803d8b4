package org.chorus.console.security;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.chorus.console.config.ConsoleConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every console page: a Content-Security-Policy that lets it load only the console's own stylesheet and script, post
 * forms only to the console (sign-out goes on to Keycloak), be framed by nothing, and never be cached, since each
 * shows staff data. A letter shown inside a page (its preview, a batch's letter) keeps its own sandboxed policy and
 * may be framed by the console alone. A preview of a petition's public page keeps the public page's policy but for its
 * form, which may post nowhere.
 */
public class ConsoleHeaders {

    public static final String LETTER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; "
            + "frame-ancestors 'self'";

    /**
     * The public page's stylesheet (/p/assets/petition.css) is petition-service's, on the console's origin behind the
     * gateway, so 'self' lets it load; nothing else is loaded, and the page's form posts nowhere.
     */
    public static final String PETITION_PREVIEW_POLICY = "default-src 'none'; style-src 'self'; form-action 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final String pagePolicy;

    ConsoleHeaders(ConsoleConfig config) {
        String keycloak = config.keycloakUrl().toString().replaceAll("/+$", "");
        this.pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; frame-src 'self'; form-action 'self' " + keycloak + "; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    @ServerResponseFilter
    public void secure(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.putSingle("Content-Security-Policy", pagePolicy);
            headers.putSingle("X-Frame-Options", "DENY");
        }
    }
}
