package org.chorus.petition.keycloak;

/**
 * A partner's Keycloak client as just created: {@code id} is Keycloak's internal id (to delete it again),
 * {@code secret} its client secret, which Chorus hands on once and does not keep.
 */
public record PartnerClient(String id, String clientId, String secret) {

    @Override
    public String toString() {
        return "PartnerClient[clientId=" + clientId + "]";
    }
}
