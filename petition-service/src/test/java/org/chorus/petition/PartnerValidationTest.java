package org.chorus.petition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chorus.testing.keycloak.KeycloakAdminStandIn;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each bad field of a partner registration is a 400 naming it, and nothing reaches Keycloak. */
@QuarkusTest
class PartnerValidationTest {

    @Test
    void badSlugsAre400() {
        for (String slug : List.of("", "Upper", "-leading-hyphen", "has space", "under_score", "a".repeat(81), "ü")) {
            assertInvalid("slug", b -> b.put("slug", slug));
        }
        assertInvalid("slug", b -> b.remove("slug"));
    }

    @Test
    void aMissingOrTooLongNameIs400() {
        assertInvalid("name", b -> b.remove("name"));
        assertInvalid("name", b -> b.put("name", "   "));
        assertInvalid("name", b -> b.put("name", "n".repeat(201)));
    }

    @Test
    void originsThatAreNotExactlyAnOriginAre400() {
        for (String origin : List.of("https://example.org/", "https://example.org/embed", "https://example.org?x=1",
                "https://*.example.org", "*", "ftp://example.org", "example.org", "https://", "https://exa mple.org",
                "https://user@example.org", "https://example.org:99999", "https://example.org#top", "null",
                "javascript:alert(1)")) {
            assertInvalid("allowedOrigins[1]", b -> b.put("allowedOrigins", List.of("https://fine.example.org", origin)));
        }
    }

    @Test
    void noOriginsOrMoreThanTwentyAre400() {
        assertInvalid("allowedOrigins", b -> b.remove("allowedOrigins"));
        assertInvalid("allowedOrigins", b -> b.put("allowedOrigins", List.of()));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("https://site-" + i + ".example.org");
        }
        assertInvalid("allowedOrigins", b -> b.put("allowedOrigins", many));
        assertInvalid("allowedOrigins[0]", b -> b.put("allowedOrigins", Collections.singletonList(null)));
    }

    @Test
    void aContactThatIsNoEmailAddressIs400() {
        assertInvalid("contact", b -> b.put("contact", "not an address"));
    }

    @Test
    void aWebhookThatIsNoHttpUrlIs400() {
        for (String url : List.of("ftp://example.org/hook", "/relative/hook", "https://", "mailto:a@example.org",
                "https://user:pw@example.org/hook")) {
            assertInvalid("webhookUrl", b -> b.put("webhookUrl", url));
        }
    }

    @Test
    void malformedOrMistypedBodiesAre400ProblemsNotStackTraces() {
        for (String body : List.of("{\"slug\": ", "[]", "{\"allowedOrigins\": \"https://example.org\"}",
                "{\"name\": {}}")) {
            Staff.campaigner().contentType(ContentType.JSON).body(body).when().post("/api/partners")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(not(containsString("Exception")))
                    .body(not(containsString("at org.")));
        }
        Staff.campaigner().contentType(ContentType.JSON).when().post("/api/partners")
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }

    private static void assertInvalid(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = PartnerRegistrationTest.body();
        change.accept(body);
        int callsBefore = KeycloakAdminStandIn.calls().size();
        PartnerRegistrationTest.register(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
        assertEquals(callsBefore, KeycloakAdminStandIn.calls().size(), "Keycloak was not asked");
    }
}
