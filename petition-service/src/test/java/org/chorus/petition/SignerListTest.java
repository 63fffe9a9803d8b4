package org.chorus.petition;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/petitions/{slug}/signatures as JSON: decrypted signers, oldest first, in pages of 100. */
@QuarkusTest
class SignerListTest {

    private static final String SIGNERS = "/api/petitions/{slug}/signatures";

    @Inject
    TestPetitions petitions;

    @Inject
    TestSigners signers;

    @Test
    void signersComeInPagesOfAHundredOldestFirst() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
        signers.insert(p.id, 150, Signature.Status.CONFIRMED, "Signer", start);

        Staff.campaigner().when().get(SIGNERS, p.slug)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("total", equalTo(150))
                .body("page", equalTo(0))
                .body("pageSize", equalTo(100))
                .body("signers.size()", equalTo(100))
                .body("signers[0].name", equalTo("Signer 0"))
                .body("signers[99].name", equalTo("Signer 99"));
        Staff.campaigner().queryParam("page", 1).when().get(SIGNERS, p.slug)
                .then().statusCode(200)
                .body("signers.size()", equalTo(50))
                .body("signers[0].name", equalTo("Signer 100"))
                .body("signers[49].name", equalTo("Signer 149"));
        Staff.campaigner().queryParam("page", 2).when().get(SIGNERS, p.slug)
                .then().statusCode(200).body("total", equalTo(150)).body("signers", empty());
    }

    @Test
    void eachSignerIsDecryptedWithConsentsAndTimes() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "TH");

        Staff.campaigner().when().get(SIGNERS, p.slug)
                .then().statusCode(200)
                .body("signers[0].name", equalTo("Aung San"))
                .body("signers[0].email", equalTo(email))
                .body("signers[0].country", equalTo("TH"))
                .body("signers[0].postalCode", nullValue())
                .body("signers[0].locale", equalTo("en"))
                .body("signers[0].status", equalTo("PENDING"))
                .body("signers[0].consents.processing", equalTo(true))
                .body("signers[0].consents.updates", equalTo(false))
                .body("signers[0].consents.nameInLetters", equalTo(true))
                .body("signers[0].consents.version", equalTo("test-consent-1"))
                .body("signers[0].confirmedAt", nullValue());
    }

    @Test
    void statusFiltersTheList() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        signers.insert(p.id, 3, Signature.Status.PENDING, "Pending", start);
        signers.insert(p.id, 2, Signature.Status.CONFIRMED, "Confirmed", start.plusSeconds(10));

        Staff.campaigner().queryParam("status", "CONFIRMED").when().get(SIGNERS, p.slug)
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("total", equalTo(2))
                .body("signers.name", contains("Confirmed 0", "Confirmed 1"))
                .body("signers.status", everyItem(equalTo("CONFIRMED")));
        Staff.campaigner().queryParam("status", "PENDING").when().get(SIGNERS, p.slug)
                .then().body("total", equalTo(3));
        Staff.campaigner().when().get(SIGNERS, p.slug).then().body("total", equalTo(5));
    }

    @Test
    void badStatusOrPageIs400NamingTheParameter() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Staff.campaigner().queryParam("status", "WITHDRAWN").when().get(SIGNERS, p.slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        for (String page : new String[] { "-1", "two", "1.5", "99999999999" }) {
            Staff.campaigner().queryParam("page", page).when().get(SIGNERS, p.slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
        }
    }
}
