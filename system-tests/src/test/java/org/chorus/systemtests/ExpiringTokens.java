package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

/**
 * A campaigner's token and a partner's token that the local Keycloak issued to live only a few seconds (their
 * clients' access.token.lifespan), each checked to open its API while valid, so that a later 401 is their expiry.
 */
final class ExpiringTokens {

    private final String staff;
    private final String partner;

    private ExpiringTokens(String staff, String partner) {
        this.staff = staff;
        this.partner = partner;
    }

    /** @param cli a public client of the realm whose tokens live {@code seconds} (KeycloakAdmin.newPasswordClient) */
    static ExpiringTokens get(String cli, int seconds) {
        String staff = Keycloak.staffToken(cli, "campaigner", "campaigner");
        Map<String, Object> registered = Partners.register("expiry-" + UUID.randomUUID().toString().substring(0, 8),
                "https://expiry.example.org");
        KeycloakAdmin.shortenTokens((String) registered.get("clientId"), seconds);
        String partner = Partners.token(registered);
        given().auth().oauth2(staff).when().get(LocalPlatform.GATEWAY + "/api/petitions").then().statusCode(200);
        given().auth().oauth2(partner).queryParam("petition", "myanmar-arms-embargo")
                .when().get(LocalPlatform.GATEWAY + "/api/partner/tally").then().statusCode(200);
        return new ExpiringTokens(staff, partner);
    }

    String forRoleOf(ProtectedEndpoints.Call call) {
        return call.forPartners() ? partner : staff;
    }

    /** Until both have expired, and 2 s more for clocks. */
    void awaitExpiry() throws InterruptedException {
        long expired = Math.max(Jwt.expiresAt(staff), Jwt.expiresAt(partner)) + 2;
        Thread.sleep(Math.max(0, expired * 1000 - System.currentTimeMillis()));
    }
}
