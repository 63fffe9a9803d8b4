package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.web.FormGuard;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConfirmationTest {

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void confirmationCountsInTheTallyWithinTwoSeconds() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);

        given().when().get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200).body("total", equalTo(0));
        confirm(token).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug)
                .then().body("total", equalTo(1)).body("byCountry.MM", equalTo(1)));
        given().when().get("/api/petitions/{slug}", p.slug).then().body("signatureCount", equalTo(1));
    }

    @Test
    void confirmedEventCarriesTheNameOnlyWithConsentAndKeepsTheContract() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String named = Signer.newEmail();
        String anonymous = Signer.newEmail();
        Signer.sign(p.slug, named, "MM");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Hidden Person", "email", anonymous, "country", "MM",
                        "consents", Map.of("processing", true, "nameInLetters", false)))
                .when().post("/api/petitions/{slug}/signatures", p.slug).then().statusCode(202);
        confirm(Signer.tokenFor(named)).then().statusCode(200);
        confirm(Signer.tokenFor(anonymous)).then().statusCode(200);

        var withName = TopicReader.await("signatures",
                jsonValue(e -> "signature.confirmed".equals(e.path("type").asText())
                        && p.slug.equals(e.path("data").path("petitionSlug").asText())
                        && "Aung San".equals(e.path("data").path("displayName").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(withName.value(), "signature.confirmed");
        TopicReader.await("signatures", jsonValue(e -> "signature.confirmed".equals(e.path("type").asText())
                && p.slug.equals(e.path("data").path("petitionSlug").asText())
                && e.path("data").path("displayName").isNull()), Duration.ofSeconds(20));
    }

    @Test
    void confirmingTwiceIsHarmless() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "FR");
        String token = Signer.tokenFor(email);
        confirm(token).then().statusCode(200);
        confirm(token).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));
    }

    @Test
    void badTokenIs400() {
        confirm("not-a-real-token").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/signatures/confirm")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs400() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);
        petitions.expireConfirmation(p.id);
        confirm(token).then().statusCode(400);
    }

    @Test
    void openingTheLinkShowsAButtonAndConfirmsNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);

        given().when().get("/confirm?token={t}", token)
                .then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/confirm\">"))
                .body(containsString(token));

        given().contentType(ContentType.URLENC).formParam("token", token)
                .when().post("/confirm")
                .then().statusCode(200).body(containsString("your signature counts"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));
    }

    @Test
    void petitionPageWorksWithoutJavaScript() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/p/{slug}", p.slug)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<form method=\"post\" action=\"/p/" + p.slug + "\">"))
                .body(not(containsString("<script")));

        var form = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
        form.put("country", "mm");
        SignForms.post(p.slug, form).then().statusCode(200).body(containsString("check your email"));
        assertEquals(1, petitions.signatures(p.id));
    }

    private static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm");
    }
}
