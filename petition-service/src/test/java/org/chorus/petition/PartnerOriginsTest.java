package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.service.PartnerOrigins;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Where each partner may embed petitions from: for the gateway and the embed page, without a login. */
@QuarkusTest
class PartnerOriginsTest {

    @Inject
    PartnerOrigins origins;

    @Inject
    TestPartners partners;

    @Test
    void aRegisteredPartnersOriginsAreKnownAtOnceWithoutALogin() {
        Map<String, Object> body = PartnerRegistrationTest.body();
        String slug = (String) body.get("slug");
        origins.allOrigins();
        PartnerRegistrationTest.register(body).statusCode(201);

        given().when().get("/internal/partner-origins").then().statusCode(200)
                .body("partners.'" + slug + "'", contains("https://burma-action.example.org", "http://localhost:8090"));
        assertEquals(List.of("https://burma-action.example.org", "http://localhost:8090"), origins.allowedOrigins(slug));
        assertTrue(origins.allOrigins().contains("https://burma-action.example.org"));
        assertEquals(List.of(), origins.allowedOrigins("no-such-partner"));
    }

    /** Another replica registered it: this one learns of it within chorus.petition.partners.origins-max-age. */
    @Test
    void aPartnerRegisteredElsewhereIsKnownWithinSeconds() {
        origins.allOrigins();
        String slug = partners.register();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertEquals(List.of("https://" + slug + ".example.org"), origins.allowedOrigins(slug)));
        given().when().get("/internal/partner-origins").then().statusCode(200)
                .body("partners.'" + slug + "'", contains("https://" + slug + ".example.org"));
    }
}
