package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConcurrentSigningTest {

    private static final int AT_ONCE = 8;

    @Inject
    TestPetitions petitions;

    @Test
    void peopleSigningWithTheSameAddressAtTheSameInstantMakeOneSignature() throws Exception {
        for (int round = 0; round < 5; round++) {
            Petition p = petitions.create(Petition.Status.OPEN);
            String email = Signer.newEmail();
            List<Integer> statuses = signAllAtOnce(p, email);

            assertEquals(List.of(202, 202, 202, 202, 202, 202, 202, 202), statuses, "every answer is the same");
            assertEquals(1, petitions.signatures(p.id), "round " + round);
        }
    }

    private static List<Integer> signAllAtOnce(Petition p, String email) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            // the same address, written differently: case and spaces never make two signers
            String written = i % 2 == 0 ? email : "  " + email.toUpperCase() + " ";
            answers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return given().contentType(ContentType.JSON).body(Signer.body(written, "MM"))
                        .when().post("/api/petitions/{slug}/signatures", p.slug).statusCode();
            }, pool));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        return statuses;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
