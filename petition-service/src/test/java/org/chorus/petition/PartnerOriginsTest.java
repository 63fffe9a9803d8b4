package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.service.PartnerOrigins;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Where each partner may embed petitions from: for the gateway and the embed page, without a login. */
@QuarkusTest
class PartnerOriginsTest {

    @Inject
    PartnerOrigins origins;

    @Inject
    TestPartners partners;

    @Inject
    TestPetitions petitions;

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

    /** Staff replaced them (PUT .../origins): this replica's embed page is framed by the new ones at once. */
    @Test
    void replacedOriginsAreKnownAtOnceToTheRegistryAndTheEmbedPage() {
        String slug = partners.register();
        Petition p = petitions.create(Petition.Status.OPEN);
        assertEquals(List.of("https://" + slug + ".example.org"), origins.allowedOrigins(slug));
        Staff.campaigner().contentType(ContentType.JSON)
                .body(Map.of("allowedOrigins", List.of("https://moved.example.org", "http://localhost:8091")))
                .when().put("/api/partners/{slug}/origins", slug).then().statusCode(200);

        assertEquals(List.of("https://moved.example.org", "http://localhost:8091"), origins.allowedOrigins(slug));
        given().when().get("/internal/partner-origins").then().statusCode(200)
                .body("partners.'" + slug + "'", contains("https://moved.example.org", "http://localhost:8091"));
        given().when().get("/embed/{slug}?partner={partner}", p.slug, slug).then().statusCode(200)
                .header("Content-Security-Policy",
                        containsString("frame-ancestors https://moved.example.org http://localhost:8091;"));
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
