package org.chorus.petition;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Staff see each partner's signatures per day (UTC) and how many were confirmed. */
@QuarkusTest
class PartnerStatsTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestSigners signers;

    @Test
    void signaturesPerDayAndTheConfirmedRateOfOnePartner() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Petition other = petitions.create(Petition.Status.OPEN);
        String a = partners.register();
        String b = partners.register();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        sign(p, a, Signature.Status.CONFIRMED, today.minusDays(2));
        sign(p, a, Signature.Status.CONFIRMED, today.minusDays(2));
        sign(p, a, Signature.Status.INVALIDATED, today.minusDays(1));
        sign(p, a, Signature.Status.CONFIRMED, today);
        sign(p, a, Signature.Status.PENDING, today);
        sign(p, a, Signature.Status.WITHDRAWN, today);
        sign(p, a, Signature.Status.CONFIRMED, today.minusDays(5));
        sign(p, b, Signature.Status.CONFIRMED, today);
        sign(other, a, Signature.Status.CONFIRMED, today);

        Staff.campaigner().queryParam("petition", p.slug).queryParam("days", 3)
                .when().get("/api/partners/{slug}/stats", a)
                .then().statusCode(200)
                .body("partner", equalTo(a))
                .body("petition", equalTo(p.slug))
                .body("from", equalTo(today.minusDays(2).toString()))
                .body("to", equalTo(today.toString()))
                .body("days.date", contains(today.minusDays(2).toString(), today.minusDays(1).toString(),
                        today.toString()))
                .body("days.submitted", contains(2, 1, 3))
                .body("days.confirmed", contains(2, 0, 1))
                .body("submitted", equalTo(6))
                .body("confirmed", equalTo(3))
                .body("pending", equalTo(1))
                .body("withdrawn", equalTo(1))
                .body("invalidated", equalTo(1))
                .body("confirmedRate", equalTo(0.5f));

        Staff.campaigner().queryParam("days", 1).when().get("/api/partners/{slug}/stats", a)
                .then().statusCode(200)
                .body("petition", nullValue())
                .body("days.submitted", contains(4))
                .body("days.confirmed", contains(2))
                .body("confirmedRate", equalTo(0.5f));
    }

    @Test
    void thirtyDaysByDefaultAndNoRateWithoutSignatures() {
        String a = partners.register();
        Staff.campaigner().when().get("/api/partners/{slug}/stats", a)
                .then().statusCode(200)
                .body("days.size()", equalTo(30))
                .body("submitted", equalTo(0))
                .body("confirmedRate", nullValue());
    }

    @Test
    void anUnknownPartnerOrPetitionIs404() {
        String a = partners.register();
        Staff.campaigner().when().get("/api/partners/{slug}/stats", "no-such-partner")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/partner-not-found"));
        Staff.campaigner().queryParam("petition", "no-such-petition").when().get("/api/partners/{slug}/stats", a)
                .then().statusCode(404).body("type", equalTo("/problems/petition-not-found"));
    }

    @Test
    void badDaysAre400() {
        String a = partners.register();
        for (String days : List.of("0", "367", "x", "-1")) {
            Staff.campaigner().queryParam("days", days).when().get("/api/partners/{slug}/stats", a)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("days"));
        }
    }

    private void sign(Petition p, String partner, Signature.Status status, LocalDate day) {
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60);
        signers.insertThrough(p.id, partner, true, "Signer", TestPartners.newSlug() + "@example.org", "MM", status, at);
    }
}
