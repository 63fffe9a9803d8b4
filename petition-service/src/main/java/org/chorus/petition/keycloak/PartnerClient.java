package org.chorus.petition.keycloak;

/**
 * A partner's Keycloak client as just registered: {@code secret} its client secret, which Chorus hands on once and
 * does not keep; {@code registrationAccessToken} the only credential that opens this client again (to delete it when
 * the partner could not be stored), valid for this client and no other.
 */
public record PartnerClient(String clientId, String secret, String registrationAccessToken) {

    @Override
    public String toString() {
        return "PartnerClient[clientId=" + clientId + "]";
    }
}
