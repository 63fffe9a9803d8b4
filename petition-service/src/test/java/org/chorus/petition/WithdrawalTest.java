package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.petition.Tallies.awaitTotal;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WithdrawalTest {

    @Inject
    TestPetitions petitions;

    @Test
    void withdrawingErasesPersonalDataAndLeavesTheTally() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        confirm(Signer.tokenFor(email));
        awaitTotal(p, 1);

        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        Signature s = petitions.onlySignature(p.id);
        assertEquals(Signature.Status.WITHDRAWN, s.status);
        assertNull(s.emailEncrypted);
        assertNull(s.nameEncrypted);
        assertNull(s.postalCodeEncrypted);
        assertNull(s.country);
        assertNotNull(s.withdrawnAt);
        awaitTotal(p, 0);
        given().when().get("/api/petitions/{slug}/tally", p.slug).then().body("byCountry.MM", equalTo(null));
    }

    @Test
    void withdrawnEventKeepsTheContractAndCarriesNothingPersonal() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "FR");
        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200);

        var event = TopicReader.await("signatures",
                jsonValue(e -> "signature.withdrawn".equals(e.path("type").asText())
                        && p.slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(event.value(), "signature.withdrawn");
        EventSchemas.assertConforms(TopicReader.await("signatures",
                jsonValue(e -> "signature.submitted".equals(e.path("type").asText())
                        && email.equals(e.path("data").path("email").asText())), Duration.ofSeconds(20)).value(),
                "signature.submitted");
    }

    @Test
    void withdrawingTwiceIsHarmlessAndCountsOnce() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String kept = Signer.newEmail();
        String withdrawn = Signer.newEmail();
        Signer.sign(p.slug, kept, "MM");
        Signer.sign(p.slug, withdrawn, "MM");
        confirm(Signer.tokenFor(kept));
        confirm(Signer.tokenFor(withdrawn));
        awaitTotal(p, 2);

        String token = Signer.withdrawTokenFor(withdrawn);
        withdraw(token).then().statusCode(200);
        withdraw(token).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        awaitTotal(p, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(11)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));
    }

    @Test
    void aRedeliveredWithdrawalTakesAwayOnlyOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, first, "MM"),
                TestEvents.confirmed(UUID.randomUUID(), p, second, "MM"));
        awaitTotal(p, 2);

        String withdrawal = TestEvents.withdrawn(UUID.randomUUID(), p, first);
        TestEvents.send(p, withdrawal, withdrawal, TestEvents.withdrawn(UUID.randomUUID(), p, first));

        awaitTotal(p, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(11)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1))
                .body("byCountry.MM", equalTo(1)));
    }

    @Test
    void aWithdrawnSignatureCannotBeConfirmedAndTheAddressCanSignAgain() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String confirmToken = Signer.tokenFor(email);
        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("token", confirmToken))
                .when().post("/api/signatures/confirm").then().statusCode(400);
        Signer.sign(p.slug, email, "MM");
        assertEquals(2, petitions.signatures(p.id));
    }

    @Test
    void badTokenIs400() {
        withdraw("not-a-real-token").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/signatures/withdraw")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void openingTheWithdrawLinkShowsAButtonAndWithdrawsNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.withdrawTokenFor(email);

        given().when().get("/withdraw?token={t}", token)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<form method=\"post\" action=\"/withdraw\">"));
        assertEquals(Signature.Status.PENDING, petitions.onlySignature(p.id).status);

        given().contentType(ContentType.URLENC).formParam("token", token)
                .when().post("/withdraw")
                .then().statusCode(200).body(containsString("Your signature is withdrawn"));
        assertEquals(Signature.Status.WITHDRAWN, petitions.onlySignature(p.id).status);
        given().contentType(ContentType.URLENC).formParam("token", "forged")
                .when().post("/withdraw")
                .then().statusCode(400).body(containsString("not valid"));
    }

    @Test
    void theWithdrawPageSpeaksTheEmailsLanguage() {
        given().when().get("/withdraw?token=any&lang=my")
                .then().statusCode(200)
                .body(containsString("lang=\"my\""))
                .body(containsString("ကျွန်ုပ်၏ လက်မှတ်ကို ပြန်ရုပ်သိမ်းမည်"))
                .body(containsString("<input type=\"hidden\" name=\"lang\" value=\"my\">"));
    }

    private static void confirm(String token) {
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm").then().statusCode(200);
    }

    private static io.restassured.response.Response withdraw(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/withdraw");
    }
}
