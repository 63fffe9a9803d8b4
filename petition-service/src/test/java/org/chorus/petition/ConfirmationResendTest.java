package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConfirmationResendTest {

    @Inject
    TestPetitions petitions;

    @Test
    void signingAgainSoonAfterSendsNothingNewAndTheFirstLinkStillWorks() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String first = Signer.tokenFor(email);
        Signer.sign(p.slug, email, "MM");

        confirm(first).then().statusCode(200);
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void signingAgainLaterResendsTheConfirmationWithNewLinks() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM", true);
        String first = Signer.tokenFor(email);
        petitions.ageConfirmationRequests(p.id);

        Signer.sign(p.slug, email, "MM", false);

        var resent = TopicReader.await("signatures",
                jsonValue(e -> "signature.submitted".equals(e.path("type").asText())
                        && email.equals(e.path("data").path("email").asText())
                        && !first.equals(e.path("data").path("confirmToken").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(resent.value(), "signature.submitted");
        String second = TopicReader.parse(resent.value()).path("data").path("confirmToken").asText();
        assertTrue(TopicReader.parse(resent.value()).path("data").path("updatesConsent").booleanValue(),
                "the consent stored with the signature, not the repeat's");
        assertNotEquals(first, second);
        confirm(first).then().statusCode(400);
        confirm(second).then().statusCode(200);
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void aConfirmedSignatureGetsNoNewEmail() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);
        confirm(token).then().statusCode(200);
        petitions.ageConfirmationRequests(p.id);

        Signer.sign(p.slug, email, "MM");

        confirm(token).then().statusCode(200);
        assertEquals(Signature.Status.CONFIRMED, petitions.onlySignature(p.id).status);
    }

    private static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm");
    }
}
