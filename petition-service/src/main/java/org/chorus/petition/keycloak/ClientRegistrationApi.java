package org.chorus.petition.keycloak;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The calls of Keycloak's token endpoint and client registration service that registering a partner takes (a Quarkus
 * REST client, built in PartnerClients with its timeouts). petition-service's account holds realm-management's
 * create-client and nothing else: it may register a client, within the realm's client registration policies, and
 * then reach that one client only with the registration access token the registration answered. It cannot use the
 * admin REST API at all. Only the fields Chorus reads or sets are modelled.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface ClientRegistrationApi {

    @POST
    @Path("/realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    AccessToken token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    /**
     * 201 with the client as registered, its secret and registration access token; 400 (invalid_client_metadata,
     * "Client Identifier in use") when the clientId is taken; 403 when a registration policy refuses it.
     */
    @POST
    @Path("/realms/{realm}/clients-registrations/default")
    @Consumes(MediaType.APPLICATION_JSON)
    RegisteredClient register(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            NewClient client);

    /** Authorized by the client's own registration access token, which opens that client and no other. */
    @DELETE
    @Path("/realms/{realm}/clients-registrations/default/{clientId}")
    void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String registrationAccessToken,
            @PathParam("realm") String realm, @PathParam("clientId") String clientId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccessToken(@JsonProperty("access_token") String accessToken) {
    }

    /** Keycloak's ClientRepresentation as registering answers it, as far as Chorus reads it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegisteredClient(String id, String clientId, String secret, String registrationAccessToken) {

        @Override
        public String toString() {
            return "RegisteredClient[clientId=" + clientId + "]";
        }
    }

    /** The OAuth error the client registration service answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrationError(String error, @JsonProperty("error_description") String description) {
    }

    /** Keycloak's ClientRepresentation, as far as a partner's client sets it. */
    record NewClient(String clientId, String name, String description, boolean enabled, String protocol,
            boolean publicClient, String clientAuthenticatorType, boolean standardFlowEnabled,
            boolean implicitFlowEnabled, boolean directAccessGrantsEnabled, boolean serviceAccountsEnabled,
            boolean frontchannelLogout, Map<String, String> attributes, List<String> defaultClientScopes) {
    }
}
