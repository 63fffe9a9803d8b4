package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.notification.EmailMessage.Kind;
import org.chorus.notification.EmailMessage.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * The staff dashboard's numbers of one petition's confirmation emails: the queue and its delay, sent, bounced. Who
 * may read them: StaffEndpointsAccessTest.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class NotificationStatsTest {

    private static final String STATS = "/api/notifications/stats";

    @Inject
    TestEmails emails;

    private final List<UUID> stored = new ArrayList<>();

    @AfterEach
    void removeTheQueuedEmails() {
        emails.delete(stored);
    }

    @Test
    void confirmationEmailsOfThePetitionInEachStatus() {
        UUID petition = UUID.randomUUID();
        Instant oldest = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
        store(petition, Kind.CONFIRMATION, Status.QUEUED, oldest);
        store(petition, Kind.CONFIRMATION, Status.QUEUED, oldest.plusSeconds(300));
        for (int i = 0; i < 3; i++) {
            store(petition, Kind.CONFIRMATION, Status.SENT, oldest);
        }
        store(petition, Kind.CONFIRMATION, Status.FAILED, oldest);
        store(petition, Kind.CONFIRMATION, Status.BOUNCED, oldest);
        store(petition, Kind.CONFIRMATION, Status.SUPPRESSED, oldest);
        store(petition, Kind.MILESTONE, Status.QUEUED, oldest.minusSeconds(3600));
        store(petition, Kind.THANK_YOU, Status.BOUNCED, oldest);
        store(UUID.randomUUID(), Kind.CONFIRMATION, Status.QUEUED, oldest.minusSeconds(3600));

        JsonPath stats = stats(petition);

        assertEquals(2, stats.getInt("queued"));
        assertEquals(oldest, Instant.parse(stats.getString("oldestQueuedAt")));
        long delay = stats.getLong("queueDelaySeconds");
        assertTrue(delay >= 600, "now - the oldest queued: " + delay);
        assertEquals(3, stats.getInt("sent"));
        assertEquals(1, stats.getInt("failed"));
        assertEquals(1, stats.getInt("bounced"));
        assertEquals(1, stats.getInt("suppressed"));
        assertEquals(0.25, stats.getDouble("bounceRate"), 1e-9, "bounced / (sent + bounced)");
    }

    @Test
    void aPetitionWithoutEmailsHasZerosAndNoOldest() {
        JsonPath stats = stats(UUID.randomUUID());
        assertEquals(0, stats.getInt("queued"));
        assertNull(stats.get("oldestQueuedAt"));
        assertEquals(0, stats.getInt("queueDelaySeconds"));
        assertEquals(0.0, stats.getDouble("bounceRate"));
    }

    @Test
    void theSuppressionListIsCountedWhole() {
        long before = stats(UUID.randomUUID()).getLong("suppressionListSize");
        emails.suppress(SignatureEvents.newEmail());
        emails.suppress(SignatureEvents.newEmail());
        assertEquals(before + 2, stats(UUID.randomUUID()).getLong("suppressionListSize"));
    }

    @Test
    void theSuppressionListsSizeIsReadOnItsOwnAsACountOnly() {
        long before = suppressionList().getLong("addresses");
        String address = SignatureEvents.newEmail();
        emails.suppress(address);
        JsonPath after = suppressionList();
        assertEquals(before + 1, after.getLong("addresses"));
        assertEquals(java.util.Map.of("addresses", (int) (before + 1)), after.getMap(""), "nothing but the count");
    }

    private JsonPath suppressionList() {
        return given().when().get("/api/notifications/suppression-list")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMissingOrMalformedPetitionIdIs400Problem() {
        given().when().get(STATS)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("petitionId is required"));
        given().queryParam("petitionId", "x'; drop table email_message; --").when().get(STATS)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", equalTo("petitionId must be a UUID."));
    }

    private void store(UUID petition, Kind kind, Status status, Instant createdAt) {
        stored.add(emails.store(petition, kind, status, createdAt));
    }

    private static JsonPath stats(UUID petition) {
        return given().queryParam("petitionId", petition.toString())
                .when().get(STATS).then().statusCode(200).extract().jsonPath();
    }
}
