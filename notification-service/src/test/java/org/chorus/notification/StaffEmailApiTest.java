package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Staff list emails without seeing an address in full, send a FAILED one again, and record late bounces. */
@QuarkusTest
class StaffEmailApiTest {

    private static final String EMAILS = "/api/notifications/emails";

    @Inject
    TestEmails emails;

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void failedEmailIsListedMaskedAndSentOnceMoreOnRequest() {
        UUID petition = UUID.randomUUID();
        String address = "sentinel-" + UUID.randomUUID() + "@example.org";
        ObjectNode submitted = SignatureEvents.submitted(petition, address, false);
        UUID eventId = SignatureEvents.id(submitted);
        SmtpServerResource.stopServer();
        try {
            SignatureEvents.produce(submitted);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> emails.forEvent(eventId).stream().anyMatch(m -> m.status == EmailMessage.Status.FAILED));
        } finally {
            SmtpServerResource.startServer();
        }
        UUID id = emails.oneForEvent(eventId).id;

        String listed = given().queryParam("petitionId", petition.toString()).queryParam("status", "failed")
                .when().get(EMAILS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].kind", equalTo("CONFIRMATION"))
                .body("items[0].recipient", equalTo("s•••@example.org"))
                .body("items[0].failedAt", not(nullValue()))
                .extract().asString();
        assertEquals(false, listed.contains(address), "no address in full");

        given().when().post(EMAILS + "/{id}/resend", id)
                .then().statusCode(200).body("status", equalTo("QUEUED"));
        Mailbox.awaitExactlyOne(address);
        await().atMost(Duration.ofSeconds(10)).until(() -> emails.oneForEvent(eventId).status == EmailMessage.Status.SENT);

        given().when().post(EMAILS + "/{id}/resend", id)
                .then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", containsString("Only a FAILED email"));
        given().queryParam("petitionId", petition.toString()).when().get(EMAILS)
                .then().statusCode(200).body("items[0].status", equalTo("SENT"))
                .body("items[0].recipient", nullValue());
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void aBatchsLettersAreListedByBatch() {
        String mission = "mission-" + UUID.randomUUID() + "@mm.example.org";
        ObjectNode letter = LetterEvents.letter(mission);
        ((ObjectNode) letter.get("data")).put("batchId", UUID.randomUUID().toString());
        String ownBatch = letter.get("data").get("batchId").asText();
        LetterEvents.produce(letter);
        Mailbox.awaitExactlyOne(mission);

        given().queryParam("batchId", ownBatch).when().get(EMAILS)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].kind", equalTo("LETTER"))
                .body("items[0].letterId", equalTo(LetterEvents.letterId(letter).toString()))
                .body("items[0].batchId", equalTo(ownBatch));
        given().queryParam("batchId", "not-a-batch").when().get(EMAILS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void badFiltersAndUnknownEmailsAreProblems() {
        given().queryParam("status", "LOST").when().get(EMAILS)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("status must be one of QUEUED, SENT, FAILED, BOUNCED, SUPPRESSED"));
        given().queryParam("petitionId", "x'; drop table email_message; --").when().get(EMAILS)
                .then().statusCode(400).body("detail", equalTo("petitionId must be a UUID."));
        given().queryParam("size", 100_000).when().get(EMAILS).then().statusCode(400);
        given().when().post(EMAILS + "/{id}/resend", UUID.randomUUID())
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "bounce-processor", roles = "admin")
    void hardBounceReportedLaterMakesASentEmailBouncedAndSuppressesTheAddress() {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        SignatureEvents.produce(submitted);
        String messageId = Mailbox.messageIdTo(address);
        UUID id = emails.oneForEvent(SignatureEvents.id(submitted)).id;

        given().contentType(ContentType.JSON).body("{\"messageId\":\"" + messageId + "\",\"type\":\"soft\"}")
                .when().post("/api/notifications/bounces")
                .then().statusCode(200).body("status", equalTo("SENT"));
        given().contentType(ContentType.JSON)
                .body("{\"messageId\":\"" + messageId + "\",\"type\":\"hard\",\"diagnostic\":\"550 " + address + " gone\"}")
                .when().post("/api/notifications/bounces")
                .then().statusCode(200).body("status", equalTo("BOUNCED"))
                .body("lastError", equalTo("bounce reported: 550 <address> gone"));
        assertEquals(Optional.of("BOUNCED"), emails.suppressedBecause(address));
        DeliveryEventsTest.report(id, "email.bounced");

        given().contentType(ContentType.JSON).body("{\"messageId\":\"<" + UUID.randomUUID() + "@x>\",\"type\":\"hard\"}")
                .when().post("/api/notifications/bounces").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"messageId\":\"x\",\"type\":\"bounced\"}")
                .when().post("/api/notifications/bounces").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void onlyTheBounceProcessorReportsBounces() {
        given().contentType(ContentType.JSON).body("{\"messageId\":\"<" + UUID.randomUUID() + "@x>\",\"type\":\"hard\"}")
                .when().post("/api/notifications/bounces").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void withoutATokenNothingIsShown() {
        given().when().get(EMAILS).then().statusCode(401).contentType(containsString("application/problem+json"));
        given().when().post(EMAILS + "/{id}/resend", UUID.randomUUID()).then().statusCode(401);
    }
}
