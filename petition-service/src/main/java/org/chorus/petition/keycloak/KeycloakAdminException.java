package org.chorus.petition.keycloak;

/**
 * Keycloak (its token endpoint or client registration service) could not be reached in time ({@code refused} false:
 * 503) or refused a call for another reason than a taken client id ({@code refused} true: 502). Either way no partner
 * client is left behind.
 */
public class KeycloakAdminException extends RuntimeException {

    private final boolean refused;

    public KeycloakAdminException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}
