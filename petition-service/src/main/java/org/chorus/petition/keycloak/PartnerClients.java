package org.chorus.petition.keycloak;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.keycloak.KeycloakAdminApi.NewClient;
import org.chorus.petition.keycloak.KeycloakAdminApi.ProtocolMapper;
import org.chorus.petition.keycloak.KeycloakAdminApi.Role;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Creates and deletes partners' Keycloak clients through the admin REST API. A partner's client has the
 * client-credentials flow only, realm role {@code partner} on its service account, and a hardcoded claim
 * {@code partner} = its slug in every access token, which is how petition-service tells partners apart.
 * A client half made (the role or the secret failed) is deleted again before the failure is reported.
 */
@ApplicationScoped
public class PartnerClients {

    static final String PARTNER_ROLE = "partner";
    private static final String OIDC = "openid-connect";

    private final PetitionConfig.KeycloakAdmin config;
    private final KeycloakAdminApi keycloak;

    public PartnerClients(PetitionConfig config) {
        this.config = config.keycloakAdmin();
        long timeoutMillis = this.config.timeout().toMillis();
        this.keycloak = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(this.config.url()))
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build(KeycloakAdminApi.class);
    }

    /** @throws ClientIdTakenException when Keycloak has a client of that id already (it is left untouched) */
    public PartnerClient create(String slug, String name) {
        String bearer = bearer();
        String realm = config.realm();
        String id = call("create the client", () -> idOf(keycloak.createClient(bearer, realm, client(slug, name))),
                slug);
        try {
            String user = call("find its service account", () -> keycloak.serviceAccountUser(bearer, realm, id).id(),
                    null);
            Role partner = call("find the realm role partner",
                    () -> keycloak.assignableRealmRoles(bearer, realm, user), null)
                    .stream().filter(r -> PARTNER_ROLE.equals(r.name())).findFirst()
                    .orElseThrow(() -> new KeycloakAdminException(
                            "the realm role partner cannot be given (missing, or not allowed)", true, null));
            call("give its service account the role partner", () -> {
                keycloak.addRealmRoles(bearer, realm, user, List.of(partner));
                return null;
            }, null);
            String secret = call("read its secret", () -> keycloak.clientSecret(bearer, realm, id).value(), null);
            return new PartnerClient(id, slug, secret);
        } catch (RuntimeException e) {
            delete(id, slug, bearer);
            throw e;
        }
    }

    /** Best effort: called when the partner could not be stored after its client was made. */
    public void delete(PartnerClient client) {
        try {
            delete(client.id(), client.clientId(), bearer());
        } catch (KeycloakAdminException e) {
            leftBehind(client.clientId());
        }
    }

    private void delete(String id, String clientId, String bearer) {
        try {
            call("delete the client", () -> {
                keycloak.deleteClient(bearer, config.realm(), id);
                return null;
            }, null);
            Log.infof("deleted the Keycloak client %s again", clientId);
        } catch (KeycloakAdminException e) {
            leftBehind(clientId);
        }
    }

    /** Registering the same slug again is refused (409) until somebody deletes the client in Keycloak. */
    private static void leftBehind(String clientId) {
        Log.warnf("the Keycloak client %s of a partner that was not registered could not be deleted: delete it by hand",
                clientId);
    }

    private String bearer() {
        return "Bearer " + call("get a token for the admin API",
                () -> keycloak.token(config.realm(), "client_credentials", config.clientId(), config.clientSecret())
                        .accessToken(), null);
    }

    /**
     * Runs one call, turning a transport failure or an error status into KeycloakAdminException (never a
     * WebApplicationException, whose status the service's own answer would otherwise take over).
     *
     * @param takenClientId on a 409, the client id that is taken; null where a 409 is not expected
     */
    private static <T> T call(String what, Supplier<T> call, String takenClientId) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 && takenClientId != null) {
                throw new ClientIdTakenException(takenClientId);
            }
            Log.warnf("Keycloak's admin API answered %d when asked to %s", status, what);
            throw new KeycloakAdminException("Keycloak answered " + status, status < 500, e);
        } catch (ProcessingException e) {
            Log.warnf("Keycloak's admin API could not be reached to %s: %s", what, e.getClass().getSimpleName());
            throw new KeycloakAdminException("Keycloak could not be reached", false, e);
        }
    }

    /** Keycloak answers a new client's address; its last segment is the internal id. */
    private static String idOf(Response created) {
        try (created) {
            URI location = created.getLocation();
            if (created.getStatus() != 201 || location == null) {
                throw new KeycloakAdminException("Keycloak answered " + created.getStatus() + " without Location",
                        true, null);
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static NewClient client(String slug, String name) {
        return new NewClient(slug, name, "Chorus partner " + slug + " (client-credentials flow only)", true, OIDC,
                false, "client-secret", false, false, false, true, false,
                Map.of("oauth2.device.authorization.grant.enabled", "false"),
                List.of(new ProtocolMapper("partner id", OIDC, "oidc-hardcoded-claim-mapper", false, Map.of(
                        "claim.name", "partner", "claim.value", slug, "jsonType.label", "String",
                        "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                        "introspection.token.claim", "true")),
                        audience("gateway"), audience("petition-service")));
    }

    /** As on demo-partner: the gateway and petition-service are the audiences of a partner's tokens. */
    private static ProtocolMapper audience(String client) {
        return new ProtocolMapper("audience " + client, OIDC, "oidc-audience-mapper", false, Map.of(
                "included.client.audience", client, "access.token.claim", "true", "id.token.claim", "false",
                "introspection.token.claim", "true"));
    }
}
