package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Signatures are stored many per transaction (service/SignatureWriter); each signer still gets their own answer. */
@QuarkusTest
class BatchedSigningTest {

    private static final int SIGNERS = 120;

    @Inject
    TestPetitions petitions;

    @Test
    void manyPeopleSigningAtOnceAreEachStoredOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < SIGNERS; i++) {
            String email = Signer.newEmail();
            emails.add(email);
            answers.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(Signer.body(email, "MM")).when().post("/api/petitions/{slug}/signatures", p.slug)
                    .statusCode(), pool));
        }
        for (CompletableFuture<Integer> answer : answers) {
            assertEquals(202, answer.get());
        }
        pool.shutdown();
        assertEquals(SIGNERS, petitions.signatures(p.id));
        // each signer's own confirmation event, with a token that confirms their signature and no other
        given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(emails.get(SIGNERS - 1))))
                .when().post("/api/signatures/confirm").then().statusCode(200);
    }

    @Test
    void aPetitionClosedAMomentAgoTakesNoMoreSignatures() {
        String slug = Staff.createAndPublish(Staff.draft());
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", slug).then().statusCode(202);
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-not-open"));
        assertEquals(1, petitions.signatures(petitions.bySlug(slug).id));
    }
}
