package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.postgres.AuditRows;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * PUT /api/partners/{slug}/origins: staff replace where a partner may embed petitions from, with the registration's
 * checks, recorded in the audit trail. That the embed pages follow at once is PartnerOriginsTest's.
 */
@QuarkusTest
class PartnerOriginsEditTest {

    @Inject
    TestPartners partners;

    @Test
    void theOriginsAreReplacedInTheirBrowserFormAndTheChangeIsAudited() {
        String slug = partners.register();
        String actor = "casey-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles(actor, "campaigner"))
                .contentType(ContentType.JSON)
                .body(Map.of("allowedOrigins", List.of("https://News.Example.org:443", "http://localhost:8090",
                        "https://news.example.org")))
                .when().put("/api/partners/{slug}/origins", slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("allowedOrigins", contains("https://news.example.org", "http://localhost:8090"));
        Staff.campaigner().when().get("/api/partners/{slug}", slug).then().statusCode(200)
                .body("allowedOrigins", contains("https://news.example.org", "http://localhost:8090"));
        assertEquals(List.of("partner.origins"), AuditRows.actions(slug));
        StaffAuditTest.trail(actor, "").body("entries.action", equalTo(List.of("partner.origins")))
                .body("entries[0].subject", equalTo(slug))
                .body("entries[0].details.origins", equalTo(2));
        assertEquals(0, AuditRows.containing("news.example.org"), "the origins themselves are not in the trail");
    }

    @Test
    void anOriginThatIsNotExactlyAnOriginIs400AndChangesNothing() {
        String slug = partners.register();
        for (String origin : List.of("javascript:x", "http://evil.com/path", "https://*.example.org", "null")) {
            replace(slug, List.of("https://fine.example.org", origin)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", hasItem("allowedOrigins[1]"));
        }
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("https://site-" + i + ".example.org");
        }
        for (List<String> count : List.of(List.<String>of(), many)) {
            replace(slug, count).statusCode(400).body("errors.field", hasItem("allowedOrigins"));
        }
        Staff.campaigner().contentType(ContentType.JSON).body("{}")
                .when().put("/api/partners/{slug}/origins", slug)
                .then().statusCode(400).body("errors.field", hasItem("allowedOrigins"));
        Staff.campaigner().contentType(ContentType.JSON).body("{\"allowedOrigins\": \"https://a.example.org\"}")
                .when().put("/api/partners/{slug}/origins", slug)
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(List.of("https://" + slug + ".example.org"), partners.find(slug).origins());
        assertEquals(List.of(), AuditRows.actions(slug));
    }

    @Test
    void anUnknownPartnerIs404() {
        replace("no-such-partner", List.of("https://a.example.org")).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/partner-not-found"));
    }

    @Test
    void onlyTheCampaignerMayChangeThem() {
        String slug = partners.register();
        for (String token : List.of(KeycloakTokens.withRealmRoles("approver"),
                KeycloakTokens.forClient(slug, slug, "partner"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("allowedOrigins", List.of("https://evil.example.org")))
                    .when().put("/api/partners/{slug}/origins", slug)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("allowedOrigins", List.of("https://evil.example.org")))
                .when().put("/api/partners/{slug}/origins", slug).then().statusCode(401);
        assertEquals(List.of("https://" + slug + ".example.org"), partners.find(slug).origins());
    }

    private static ValidatableResponse replace(String slug, List<String> origins) {
        return Staff.campaigner().contentType(ContentType.JSON).body(Map.of("allowedOrigins", origins))
                .when().put("/api/partners/{slug}/origins", slug).then();
    }
}
