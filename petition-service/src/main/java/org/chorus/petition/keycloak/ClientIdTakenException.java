package org.chorus.petition.keycloak;

/** Keycloak already has a client of that id: another service's, or one Chorus must not take over. */
public class ClientIdTakenException extends RuntimeException {

    public ClientIdTakenException(String clientId) {
        super("The identity provider already has a client named '" + clientId
                + "'; choose another slug for the partner.");
    }
}
