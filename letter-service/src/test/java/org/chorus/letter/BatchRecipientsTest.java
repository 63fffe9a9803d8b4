package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.letter.messaging.Topics;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Approval freezes where letters go (issue 22, hole 4): a letter goes to the recipients it was approved with, whatever
 * the directory says later; staff take new contacts in only by a change that needs a new approval by a third person;
 * and nothing changed behind the service's back after approval is dispatched. A target of its own (Greenland, no UN
 * member, so no other test's letters go there), so that changing its contacts disturbs no other test.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class BatchRecipientsTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final String TARGETS = "/api/letters/targets";
    private static final String CODE = "GL";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    private String targetId;
    private String batch;

    @BeforeEach
    void aBatchToATargetOfItsOwn() throws Exception {
        rows.forgetTargets(CODE);
        targetId = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(target("Ministry of Foreign Affairs", "Excellency", "ministry-old@example.org"))
                .when().post(TARGETS).then().statusCode(201).extract().path("id");
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{recipient.salutation}, {counts.total}</p>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of(CODE)))
                .when().post(BATCHES).then().statusCode(201)
                .body("letters[0].recipients[0].email", equalTo("ministry-old@example.org"))
                .body("letters[0].directoryDiffers", equalTo(false))
                .extract().path("id");
    }

    @AfterEach
    void forgetTheTarget() {
        rows.forgetTargets(CODE);
    }

    @Test
    void anApprovedLetterGoesToTheRecipientsItWasApprovedWithNotToTheDirectorysNewOnes() throws Exception {
        approve("abel").statusCode(200);
        changeContact();
        get().body("status", equalTo("APPROVED"))
                .body("letters[0].recipients[0].email", equalTo("ministry-old@example.org"))
                .body("letters[0].directoryDiffers", equalTo(true));

        dispatch().statusCode(200);

        JsonNode letter = dispatched();
        assertEquals(1, letter.get("recipients").size());
        assertEquals("ministry-old@example.org", letter.get("recipients").get(0).get("email").asText());
        assertTrue(letter.get("html").asText().contains("Excellency,"), letter.get("html").asText());
    }

    @Test
    void newContactsTakenIntoTheBatchNeedANewApprovalByAThirdPerson() throws Exception {
        approve("abel").statusCode(200);
        refresh("dana").statusCode(200).body("status", equalTo("APPROVED")).body("changedBy", nullValue());

        changeContact();
        refresh("dana").statusCode(200).body("status", equalTo("AWAITING_APPROVAL"))
                .body("approvedBy", nullValue()).body("changedBy", equalTo("dana"))
                .body("changeReason", equalTo("RECIPIENTS_REFRESHED"))
                .body("letters[0].recipients[0].email", equalTo("ministry-new@example.org"))
                .body("letters[0].directoryDiffers", equalTo(false));
        dispatch().statusCode(409).body("detail", containsString("not approved"));
        approve("dana").statusCode(403).body("type", equalTo("/problems/four-eyes"));
        approve("cara").statusCode(403).body("type", equalTo("/problems/four-eyes"));
        approve("abel").statusCode(200).body("approvedBy", equalTo("abel"));

        dispatch().statusCode(200);
        JsonNode letter = dispatched();
        assertEquals("ministry-new@example.org", letter.get("recipients").get(0).get("email").asText());
        assertEquals("Minister New", letter.get("recipients").get(0).get("name").asText());
        assertTrue(letter.get("html").asText().contains("Dear Minister,"), "the letter addresses the new recipient");
        refresh("dana").statusCode(409);
    }

    @Test
    void aLetterChangedInTheDatabaseAfterApprovalIsNotDispatched() {
        approve("abel").statusCode(200);
        UUID letter = UUID.fromString(get().extract().path("letters[0].id"));
        rows.tamper("UPDATE letter SET html = html || '<p>One more demand.</p>' WHERE id = :id", letter);

        dispatch().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/approval-mismatch"));
        get().body("status", equalTo("APPROVED")).body("letters[0].status", equalTo("DRAFT"));
    }

    @Test
    void aRecipientChangedInTheDatabaseAfterApprovalIsNotDispatched() {
        approve("abel").statusCode(200);
        UUID letter = UUID.fromString(get().extract().path("letters[0].id"));
        rows.tamper("UPDATE letter_recipient SET email = 'someone-else@example.org' WHERE letter_id = :id", letter);

        dispatch().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/approval-mismatch"));
        get().body("status", equalTo("APPROVED")).body("letters[0].status", equalTo("DRAFT"));
    }

    @Test
    void refreshingAnUnknownBatchIsA404AndNeedsTheCampaignerRole() {
        given().auth().oauth2(token("dana", "campaigner")).when()
                .post(BATCHES + "/{id}/recipients/refresh", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("dana", "campaigner")).when()
                .post(BATCHES + "/{id}/recipients/refresh", "not-a-uuid").then().statusCode(404);
        given().auth().oauth2(token("abel", "approver")).when()
                .post(BATCHES + "/{id}/recipients/refresh", batch).then().statusCode(403);
    }

    private void changeContact() {
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(target("Minister New", "Dear Minister", "ministry-new@example.org"))
                .when().put(TARGETS + "/{id}", targetId).then().statusCode(200);
    }

    private JsonNode dispatched() throws Exception {
        return JSON.readTree(TopicReader.await(Topics.LETTERS,
                r -> r.value().contains("letter.dispatch-requested") && r.value().contains(batch),
                Duration.ofSeconds(20)).value()).get("data");
    }

    private static Map<String, Object> target(String name, String salutation, String email) {
        return Map.of("code", CODE, "name", "Greenland", "locale", "en", "contacts", List.of(Map.of(
                "role", "FOREIGN_MINISTRY", "name", name, "salutation", salutation, "email", email)));
    }

    private ValidatableResponse get() {
        return given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch).then()
                .statusCode(200);
    }

    private ValidatableResponse approve(String user) {
        return given().auth().oauth2(token(user, "approver", "campaigner")).when()
                .post(BATCHES + "/{id}/approve", batch).then();
    }

    private ValidatableResponse refresh(String user) {
        return given().auth().oauth2(token(user, "campaigner", "approver")).when()
                .post(BATCHES + "/{id}/recipients/refresh", batch).then();
    }

    private ValidatableResponse dispatch() {
        return given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch).then();
    }

    private static String token(String user, String... roles) {
        return KeycloakTokens.forUserWithRealmRoles(user, roles);
    }
}
