package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The staff dashboard's numbers of one petition: signatures per hour and per day with every bucket present, by
 * country, partner and source, only of signatures that count or may count.
 */
@QuarkusTest
class PetitionStatsTest {

    private static final String STATS = "/api/petitions/{slug}/stats";

    @Inject
    TestPetitions petitions;

    @Inject
    TestSigners signers;

    @Test
    void signaturesPerHourAndPerDayWithEmptyBucketsAsZeros() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Petition other = petitions.create(Petition.Status.OPEN);
        Instant before = Instant.now();
        Instant hour = before.truncatedTo(ChronoUnit.HOURS);
        Instant fiveHoursAgo = hour.minus(Duration.ofHours(5));
        Instant threeHoursAgo = hour.minus(Duration.ofHours(3));
        Instant threeDaysAgo = before.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
        sign(p, Signature.Status.CONFIRMED, fiveHoursAgo.plusSeconds(600), threeHoursAgo.plusSeconds(300));
        sign(p, Signature.Status.PENDING, fiveHoursAgo.plusSeconds(1200), null);
        sign(p, Signature.Status.WITHDRAWN, fiveHoursAgo.plusSeconds(1800), threeHoursAgo.plusSeconds(600));
        sign(p, Signature.Status.INVALIDATED, fiveHoursAgo.plusSeconds(2400), threeHoursAgo.plusSeconds(900));
        sign(p, Signature.Status.CONFIRMED, threeDaysAgo.plusSeconds(3600), threeDaysAgo.plusSeconds(7200));
        sign(p, Signature.Status.CONFIRMED, before.minus(Duration.ofDays(40)), before.minus(Duration.ofDays(40)));
        sign(other, Signature.Status.CONFIRMED, fiveHoursAgo.plusSeconds(600), threeHoursAgo.plusSeconds(300));

        JsonPath stats = stats(p.slug);
        Instant after = Instant.now();

        assertEquals(3, stats.getInt("total.confirmed"), "the withdrawn and invalidated are not counted");
        assertEquals(1, stats.getInt("total.pending"));
        assertEquals(0.75, stats.getDouble("confirmationRate"), 1e-9, "confirmed / (confirmed + pending)");

        List<Map<String, Object>> perHour = stats.getList("perHour");
        assertEveryStep(perHour, 48, Duration.ofHours(1));
        assertLastIsOneOf(perHour, hour, after.truncatedTo(ChronoUnit.HOURS));
        assertEquals(Map.of("at", fiveHoursAgo.toString(), "signed", 2, "confirmed", 0), bucket(perHour, fiveHoursAgo));
        assertEquals(Map.of("at", threeHoursAgo.toString(), "signed", 0, "confirmed", 1),
                bucket(perHour, threeHoursAgo));
        assertEquals(Map.of("at", hour.minus(Duration.ofHours(10)).toString(), "signed", 0, "confirmed", 0),
                bucket(perHour, hour.minus(Duration.ofHours(10))));
        assertEquals(2, sum(perHour, "signed"));
        assertEquals(1, sum(perHour, "confirmed"));

        List<Map<String, Object>> perDay = stats.getList("perDay");
        assertEveryStep(perDay, 30, Duration.ofDays(1));
        assertLastIsOneOf(perDay, before.truncatedTo(ChronoUnit.DAYS), after.truncatedTo(ChronoUnit.DAYS));
        assertEquals(Map.of("at", threeDaysAgo.toString(), "signed", 1, "confirmed", 1), bucket(perDay, threeDaysAgo));
        assertEquals(Map.of("at", threeDaysAgo.minus(Duration.ofDays(1)).toString(), "signed", 0, "confirmed", 0),
                bucket(perDay, threeDaysAgo.minus(Duration.ofDays(1))));
        assertEquals(3, sum(perDay, "signed"), "the 40-day-old signature is outside the 30 days");
        assertEquals(2, sum(perDay, "confirmed"));
    }

    @Test
    void byCountryPartnerAndSourceOfOnlyTheSignaturesThatCount() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant at = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 2; i++) {
            signers.insertCounted(p.id, Signature.Status.CONFIRMED, at, at, "MM", null, "newsletter", "email",
                    "embargo");
        }
        signers.insertCounted(p.id, Signature.Status.CONFIRMED, at, at, "TH", "demo-partner", null, null, null);
        signers.insertCounted(p.id, Signature.Status.PENDING, at, null, "MM", "demo-partner", null, null, null);
        signers.insertCounted(p.id, Signature.Status.WITHDRAWN, at, at, "FR", "gone-partner", "gone", "gone", "gone");
        signers.insertCounted(p.id, Signature.Status.INVALIDATED, at, at, "DE", "bad-partner", "spam", "spam", "spam");

        String body = Staff.campaigner().when().get(STATS, p.slug).then().statusCode(200)
                .body("byCountry", equalTo(Map.of("MM", 2, "TH", 1)))
                .body("byPartner.partner", equalTo(Arrays.asList(null, "demo-partner")))
                .body("byPartner.confirmed", equalTo(List.of(2, 1)))
                .body("byPartner.pending", equalTo(List.of(0, 1)))
                .body("bySource.source", equalTo(Arrays.asList("newsletter", null)))
                .body("bySource.medium", equalTo(Arrays.asList("email", null)))
                .body("bySource.campaign", equalTo(Arrays.asList("embargo", null)))
                .body("bySource.confirmed", equalTo(List.of(2, 1)))
                .body("bySource.pending", equalTo(List.of(0, 1)))
                .extract().asString();
        assertTrue(!body.contains("@") && !body.contains("Counted Signer") && !body.contains("11181"),
                "no personal data: " + body);
    }

    @Test
    void aPetitionWithoutSignaturesHasZerosEverywhere() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        JsonPath stats = stats(p.slug);
        assertEquals(0, stats.getInt("total.confirmed") + stats.getInt("total.pending"));
        assertEquals(0.0, stats.getDouble("confirmationRate"));
        assertEquals(48, stats.getList("perHour").size());
        assertEquals(0, sum(stats.getList("perHour"), "signed"));
        assertEquals(Map.of(), stats.getMap("byCountry"));
        assertEquals(List.of(), stats.getList("bySource"));
    }

    @Test
    void everyStaffRoleReadsTheNumbersAPartnerDoesNot() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String role : List.of("campaigner", "approver", "admin")) {
            given().auth().oauth2(KeycloakTokens.withRealmRoles(role)).when().get(STATS, p.slug)
                    .then().statusCode(200).body("total.confirmed", equalTo(0));
        }
        for (String role : List.of("partner", "default-roles-chorus")) {
            given().auth().oauth2(KeycloakTokens.withRealmRoles(role)).when().get(STATS, p.slug)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
        given().when().get(STATS, p.slug).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownPetitionIs404Problem() {
        Staff.campaigner().when().get(STATS, "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-not-found"))
                .body(not(containsString("Exception")));
    }

    private void sign(Petition p, Signature.Status status, Instant createdAt, Instant confirmedAt) {
        signers.insertCounted(p.id, status, createdAt, confirmedAt, "MM", null, null, null, null);
    }

    private static JsonPath stats(String slug) {
        return Staff.campaigner().when().get(STATS, slug).then().statusCode(200).extract().jsonPath();
    }

    private static void assertEveryStep(List<Map<String, Object>> buckets, int size, Duration step) {
        assertEquals(size, buckets.size());
        for (int i = 1; i < buckets.size(); i++) {
            assertEquals(at(buckets.get(i - 1)).plus(step), at(buckets.get(i)), "bucket " + i);
        }
    }

    /** The newest bucket is the current one: the hour (day) of the request, read before or after it. */
    private static void assertLastIsOneOf(List<Map<String, Object>> buckets, Instant before, Instant after) {
        Instant last = at(buckets.get(buckets.size() - 1));
        assertTrue(last.equals(before) || last.equals(after), "last bucket " + last);
    }

    private static Map<String, Object> bucket(List<Map<String, Object>> buckets, Instant at) {
        return buckets.stream().filter(b -> at(b).equals(at)).findFirst()
                .orElseThrow(() -> new AssertionError("no bucket at " + at + " in " + buckets));
    }

    private static Instant at(Map<String, Object> bucket) {
        return Instant.parse((String) bucket.get("at"));
    }

    private static long sum(List<Map<String, Object>> buckets, String field) {
        return buckets.stream().mapToLong(b -> ((Number) b.get(field)).longValue()).sum();
    }
}
