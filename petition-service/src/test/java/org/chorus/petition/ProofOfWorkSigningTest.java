package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.abuse.ProofOfWorkSolver;
import org.chorus.petition.web.FormGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(ProofOfWorkSigningTest.ProofOfWorkRequired.class)
class ProofOfWorkSigningTest {

    public static class ProofOfWorkRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.petition.abuse.proof-of-work.difficulty", "10");
        }
    }

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void signingThroughTheApiWithoutAProofIsRefusedWith400() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/proof-of-work"))
                .body("detail", containsString("/api/petitions/" + p.slug + "/proof-of-work"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aSolvedChallengeSignsOnceAndCannotBeUsedAgain() {
        Petition p = petitions.create(Petition.Status.OPEN);
        JsonPath challenge = given().when().get("/api/petitions/{slug}/proof-of-work", p.slug)
                .then().statusCode(200).body("difficulty", equalTo(10)).body("algorithm", equalTo("SHA-256"))
                .extract().jsonPath();
        String nonce = ProofOfWorkSolver.solve(challenge.getString("challenge"), challenge.getInt("difficulty"));
        Map<String, Object> proof = Map.of("challenge", challenge.getString("challenge"), "nonce", nonce);

        sign(p, Signer.newEmail(), proof).then().statusCode(202);
        sign(p, Signer.newEmail(), proof).then().statusCode(400).body("detail", containsString("used already"));
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void theServerRenderedFormStillSignsWithoutJavaScript() {
        Petition p = petitions.create(Petition.Status.OPEN);
        SignForms.post(p.slug, SignForms.filled(guard, p.slug, "Daw Aye", Signer.newEmail())).then().statusCode(200);
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void anUnknownPetitionHasNoChallenge() {
        given().when().get("/api/petitions/{slug}/proof-of-work", "no-such-petition").then().statusCode(404);
    }

    private static io.restassured.response.Response sign(Petition p, String email, Map<String, Object> proof) {
        Map<String, Object> body = new HashMap<>(Signer.body(email, "MM"));
        body.put("proofOfWork", proof);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/petitions/{slug}/signatures", p.slug);
    }
}
