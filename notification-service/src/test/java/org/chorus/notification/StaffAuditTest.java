package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.postgres.AuditRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A resend and a reported bounce each leave one audit entry naming who asked and which email, never its address; a
 * refused one leaves none. GET /api/audit/notifications reads them, for any staff role.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffAuditTest {

    @Inject
    TestEmails emails;

    @Test
    void aResendIsRecordedOnceAndARefusedOneNot() {
        String actor = newActor();
        String address = SignatureEvents.newEmail();
        UUID id = emails.confirmationIn(EmailMessage.Status.FAILED, address);

        as(actor, "campaigner").post("/api/notifications/emails/{id}/resend", id).then().statusCode(200);
        as(actor, "campaigner").post("/api/notifications/emails/{id}/resend", id).then().statusCode(409);
        as(actor, "campaigner").post("/api/notifications/emails/{id}/resend", UUID.randomUUID()).then().statusCode(404);

        trail("?actor=" + actor).body("entries", hasSize(1))
                .body("entries[0].action", equalTo("email.resend"))
                .body("entries[0].subject", equalTo(id.toString()))
                .body("entries[0].details.kind", equalTo("CONFIRMATION"));
        assertEquals(0, AuditRows.containing(address));
    }

    @Test
    void aReportedBounceIsRecordedWithoutTheDiagnostic() {
        String processor = newActor();
        String address = SignatureEvents.newEmail();
        UUID id = emails.confirmationIn(EmailMessage.Status.SENT, address);
        String messageId = "<" + id + "@chorus.example.org>";

        bounce(processor, Map.of("messageId", messageId, "type", "soft")).statusCode(200);
        bounce(processor, Map.of("messageId", messageId, "type", "hard", "diagnostic", "550 " + address + " gone"))
                .statusCode(200).body("status", equalTo("BOUNCED"));
        bounce(processor, Map.of("messageId", "<" + UUID.randomUUID() + "@x>", "type", "hard")).statusCode(404);
        bounce(processor, Map.of("messageId", messageId, "type", "bounced")).statusCode(400);

        trail("?actor=" + processor + "&action=bounce.record").body("entries", hasSize(2))
                .body("entries.subject", equalTo(List.of(id.toString(), id.toString())))
                .body("entries.details.type", equalTo(List.of("hard", "soft")))
                .body("entries.details.applied", equalTo(List.of(true, false)));
        assertEquals(0, AuditRows.containing(address));
        assertEquals(0, AuditRows.ofActorContaining(processor, "@"));
    }

    @Test
    void theTrailIsPaged() {
        String actor = newActor();
        for (int i = 0; i < 3; i++) {
            UUID id = emails.confirmationIn(EmailMessage.Status.FAILED, SignatureEvents.newEmail());
            as(actor, "admin").post("/api/notifications/emails/{id}/resend", id).then().statusCode(200);
        }
        trail("?actor=" + actor + "&size=2").body("entries", hasSize(2)).body("hasMore", equalTo(true));
        trail("?actor=" + actor + "&size=2&page=1").body("entries", hasSize(1)).body("hasMore", equalTo(false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=500", "page=-3", "from=soon", "action=Email.Resend" })
    void aBadParameterIsA400NamingIt(String query) {
        as(newActor(), "campaigner").get("/api/audit/notifications?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(query.substring(0, query.indexOf('=')))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "campaigner", "approver", "admin" })
    void everyStaffRoleMayReadTheTrail(String role) {
        as(newActor(), role).get("/api/audit/notifications").then().statusCode(200);
    }

    @Test
    void partnersAndAnonymousCallersMayNot() {
        given().auth().oauth2(KeycloakTokens.forClient("demo-partner", "demo-partner", "partner"))
                .get("/api/audit/notifications").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/audit/notifications").then().statusCode(401);
    }

    private static ValidatableResponse bounce(String processor, Map<String, String> report) {
        return as(processor, "admin").contentType(ContentType.JSON).body(report).post("/api/notifications/bounces")
                .then();
    }

    private static String newActor() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String actor, String role) {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles(actor, role)).when();
    }

    private static ValidatableResponse trail(String query) {
        return given().auth().oauth2(KeycloakTokens.withRealmRoles("approver")).when()
                .get("/api/audit/notifications" + query).then().statusCode(200);
    }
}
