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
import org.chorus.petition.keycloak.ClientRegistrationApi.NewClient;
import org.chorus.petition.keycloak.ClientRegistrationApi.RegisteredClient;
import org.chorus.petition.keycloak.ClientRegistrationApi.RegistrationError;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Registers partners' Keycloak clients through Keycloak's client registration service, and deletes one again when
 * its partner could not be stored. A partner's client has the client-credentials flow only and the realm's client
 * scope {@code partner}, which gives its tokens the realm role partner, the claim {@code partner} = its clientId (the
 * partner's slug, which is how petition-service tells partners apart) and the audiences gateway and petition-service.
 * petition-service maps no role and writes no protocol mapper, and its account could do neither: it holds
 * realm-management's create-client only, and the realm's registration policies let a client name no scope but the
 * realm's defaults and {@code partner}, carry no protocol mapper and have no full scope (realm-chorus.json).
 */
@ApplicationScoped
public class PartnerClients {

    /**
     * partner makes the client a partner's; roles writes realm_access, where partner's hardcoded role lands; basic
     * gives the tokens their subject.
     */
    static final List<String> SCOPES = List.of("basic", "roles", "partner");
    /** Keycloak's answer, with 400 invalid_client_metadata, when a client of that clientId exists. */
    private static final String CLIENT_ID_IN_USE = "Client Identifier in use";

    private final PetitionConfig.KeycloakAdmin config;
    private final ClientRegistrationApi keycloak;

    public PartnerClients(PetitionConfig config) {
        this.config = config.keycloakAdmin();
        long timeoutMillis = this.config.timeout().toMillis();
        this.keycloak = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(this.config.url()))
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build(ClientRegistrationApi.class);
    }

    /** @throws ClientIdTakenException when Keycloak has a client of that id already (it is left untouched) */
    public PartnerClient create(String slug, String name) {
        String bearer = bearer();
        RegisteredClient registered = call("register the client",
                () -> keycloak.register(bearer, config.realm(), client(slug, name)), slug);
        PartnerClient client = new PartnerClient(slug, registered.secret(), registered.registrationAccessToken());
        if (client.secret() == null || client.registrationAccessToken() == null) {
            delete(client);
            throw new KeycloakAdminException("Keycloak registered the client without its secret or registration "
                    + "access token", true, null);
        }
        return client;
    }

    /** Best effort: called when the partner could not be stored after its client was registered. */
    public void delete(PartnerClient client) {
        if (client.registrationAccessToken() == null) {
            leftBehind(client.clientId());
            return;
        }
        try {
            call("delete the client", () -> {
                keycloak.delete("Bearer " + client.registrationAccessToken(), config.realm(), client.clientId());
                return null;
            }, null);
            Log.infof("deleted the Keycloak client %s again", client.clientId());
        } catch (KeycloakAdminException e) {
            leftBehind(client.clientId());
        }
    }

    /** Registering the same slug again is refused (409) until somebody deletes the client in Keycloak. */
    private static void leftBehind(String clientId) {
        Log.warnf("the Keycloak client %s of a partner that was not registered could not be deleted: delete it by hand",
                clientId);
    }

    private String bearer() {
        return "Bearer " + call("get a token for the client registration service",
                () -> keycloak.token(config.realm(), "client_credentials", config.clientId(), config.clientSecret())
                        .accessToken(), null);
    }

    /**
     * Runs one call, turning a transport failure or an error status into KeycloakAdminException (never a
     * WebApplicationException, whose status the service's own answer would otherwise take over).
     *
     * @param takenClientId the client id being registered, which Keycloak may answer is taken; null elsewhere
     */
    private static <T> T call(String what, Supplier<T> call, String takenClientId) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (takenClientId != null && isTaken(e.getResponse())) {
                throw new ClientIdTakenException(takenClientId);
            }
            int status = e.getResponse().getStatus();
            Log.warnf("Keycloak answered %d when asked to %s", status, what);
            throw new KeycloakAdminException("Keycloak answered " + status, status < 500, e);
        } catch (ProcessingException e) {
            Log.warnf("Keycloak could not be reached to %s: %s", what, e.getClass().getSimpleName());
            throw new KeycloakAdminException("Keycloak could not be reached", false, e);
        }
    }

    private static boolean isTaken(Response answer) {
        if (answer.getStatus() == 409) {
            return true;
        }
        if (answer.getStatus() != 400) {
            return false;
        }
        try {
            return CLIENT_ID_IN_USE.equals(answer.readEntity(RegistrationError.class).description());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    static NewClient client(String slug, String name) {
        return new NewClient(slug, name, "Chorus partner " + slug + " (client-credentials flow only)", true,
                "openid-connect", false, "client-secret", false, false, false, true, false,
                Map.of("oauth2.device.authorization.grant.enabled", "false"), SCOPES);
    }
}
