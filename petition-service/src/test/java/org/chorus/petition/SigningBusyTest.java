package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.web.FormGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A signer (API or form) who would wait longer than store-timeout for their signature to be stored gets a 503 to retry. */
@QuarkusTest
@TestProfile(SigningBusyTest.NoWaiting.class)
class SigningBusyTest {

    public static class NoWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.petition.signing.store-timeout", "PT0S");
        }
    }

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void aSignerWhoseSignatureIsNotStoredInTimeIsAskedToRetry() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        given().contentType(ContentType.JSON).body(Signer.body(email, "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/busy"));
        // what was queued is still stored: the retry is then answered like any repeat
        await().atMost(Duration.ofSeconds(10)).until(() -> petitions.signatures(p.id) == 1);
    }

    @Test
    void theSignFormSaysSoInThePage() {
        Petition p = petitions.create(Petition.Status.OPEN);
        SignForms.post(p.slug, SignForms.filled(guard, p.slug, "Daw Aye", Signer.newEmail()))
                .then().statusCode(503).contentType("text/html")
                .header("Retry-After", notNullValue())
                .body(containsString("Very many people are signing right now"));
    }
}
