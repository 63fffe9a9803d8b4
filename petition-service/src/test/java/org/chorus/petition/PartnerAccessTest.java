package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.keycloak.RefusedToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Only a registered partner's client-credentials token opens the partner API: no token is a 401, a staff token a
 * 403, and so is a token with role partner that belongs to no registered partner. (A partner token on the staff API
 * is refused in StaffAccessTest, which tries every role there.)
 */
@QuarkusTest
class PartnerAccessTest {

    record Call(String method, String path, String accept) {
    }

    static final List<Call> PARTNER_CALLS = List.of(new Call("GET", "/api/partner/tally", "application/json"),
            new Call("GET", "/api/partner/signatures", "application/json"),
            new Call("GET", "/api/partner/signatures", "text/csv"));

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Test
    void everyPartnerCallWithoutATokenIs401ProblemJson() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (Call call : PARTNER_CALLS) {
            send(given().queryParam("petition", p.slug), call).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }

    @Test
    void everyPartnerCallWithAStaffRoleIs403ProblemJson() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String role : KeycloakTokens.REALM_ROLES.stream().filter(r -> !r.equals("partner")).toList()) {
            for (Call call : PARTNER_CALLS) {
                send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role))
                        .queryParam("petition", p.slug), call).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/forbidden"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RefusedToken.class)
    void everyPartnerCallWithATokenThatCannotBeTrustedIs401ProblemJson(RefusedToken token) {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (Call call : PARTNER_CALLS) {
            send(given().auth().oauth2(token.withRealmRoles("partner"))
                    .queryParam("petition", p.slug), call).then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }

    @Test
    void aPartnerTokenOfNoRegisteredPartnerIs403ProblemJson() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String unregistered = TestPartners.newSlug();
        List<String> tokens = List.of(KeycloakTokens.forClient(unregistered, unregistered, "partner"),
                KeycloakTokens.forClient(unregistered, null, "partner"),
                // a staff client with the role partner given by mistake
                KeycloakTokens.withRealmRoles("partner"));
        for (String token : tokens) {
            for (Call call : PARTNER_CALLS) {
                send(given().auth().oauth2(token).queryParam("petition", p.slug), call).then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/partner-not-registered"));
            }
        }
    }

    /** The claim partner counts only on the partner's own client: on another client it names nobody. */
    @Test
    void aPartnerClaimOnAnotherClientsTokenIs403() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String a = partners.register();
        String b = partners.register();
        for (Call call : PARTNER_CALLS) {
            send(given().auth().oauth2(KeycloakTokens.forClient(b, a, "partner"))
                    .queryParam("petition", p.slug), call).then().statusCode(403)
                    .body("type", equalTo("/problems/partner-not-registered"));
        }
    }

    @Test
    void aRegisteredPartnerWithoutTheClaimIsKnownByItsClient() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String a = partners.register();
        given().auth().oauth2(KeycloakTokens.forClient(a, null, "partner")).queryParam("petition", p.slug)
                .when().get("/api/partner/tally")
                .then().statusCode(200).body("partner", equalTo(a)).body("total", equalTo(0));
    }

    private static Response send(RequestSpecification request, Call call) {
        return request.accept(call.accept()).request(call.method(), call.path());
    }
}
