package org.chorus.petition.keycloak;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The few calls of Keycloak's token endpoint and admin REST API that registering a partner takes (a Quarkus REST
 * client, built in PartnerClients with its timeouts). Only the fields Chorus reads or sets are modelled.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    @POST
    @Path("/realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    AccessToken token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    /** 201 with the new client's address in Location; 409 when the clientId is taken. */
    @POST
    @Path("/admin/realms/{realm}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createClient(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            NewClient client);

    @GET
    @Path("/admin/realms/{realm}/clients/{id}/service-account-user")
    Ref serviceAccountUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String clientUuid);

    /** The realm roles this caller may give the user: asking here needs no view-realm role. */
    @GET
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm/available")
    List<Role> assignableRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("realm") String realm, @PathParam("id") String userId);

    @POST
    @Path("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    void addRealmRoles(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String userId, List<Role> roles);

    @GET
    @Path("/admin/realms/{realm}/clients/{id}/client-secret")
    Secret clientSecret(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String clientUuid);

    @DELETE
    @Path("/admin/realms/{realm}/clients/{id}")
    void deleteClient(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("realm") String realm,
            @PathParam("id") String clientUuid);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccessToken(@JsonProperty("access_token") String accessToken) {
    }

    /** An object of Keycloak's known by its id (a client's internal UUID, a user's id). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ref(String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Secret(String type, String value) {
    }

    /** Keycloak's ClientRepresentation, as far as a partner's client sets it. */
    record NewClient(String clientId, String name, String description, boolean enabled, String protocol,
            boolean publicClient, String clientAuthenticatorType, boolean standardFlowEnabled,
            boolean implicitFlowEnabled, boolean directAccessGrantsEnabled, boolean serviceAccountsEnabled,
            boolean frontchannelLogout, Map<String, String> attributes, List<ProtocolMapper> protocolMappers) {
    }

    record ProtocolMapper(String name, String protocol, String protocolMapper, boolean consentRequired,
            Map<String, String> config) {
    }
}
