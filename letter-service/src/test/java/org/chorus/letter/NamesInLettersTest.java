package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Which names a letter prints: a signer is named to a target only if they consented to be named, the target is not a
 * state the petition accuses (a sensitive state), and the target is not the signer's own country unless they chose
 * that too. Batches and previews print the same names, and the preview says why the others are withheld.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class NamesInLettersTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final String PREVIEW = "/api/letters/templates/{slug}/{locale}/preview";
    private static final String NAMES = "/api/letters/petitions/{slug}/signatories/names";
    private static final List<String> EVERY_NAME = List.of("Aung K.", "Somchai", "Malee", "Marie");

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    @Test
    void aSensitiveStateGetsNoNames() throws Exception {
        PublishedPetitions.Published petition = signedBySomeWhoChose(List.of("MM"));
        ValidatableResponse batch = create(Map.of("petition", petition.slug(), "targetGroup", "asean"))
                .statusCode(201).body("letters", hasSize(11)).body("snapshot.total", equalTo(5));

        String myanmar = letter(batch, "MM");
        for (String name : EVERY_NAME) {
            assertFalse(myanmar.contains(name), name + " is in the letter to Myanmar's government: " + myanmar);
        }
        assertTrue(myanmar.contains("5 people, 2 of them in Myanmar"), "the counts are still there: " + myanmar);
        assertFalse(myanmar.contains("<li>"), "no annex at all: " + myanmar);
        assertNamed(letter(batch, "VN"), "Aung K.", "Somchai", "Malee", "Marie");
        assertNamed(letter(batch, "TH"), "Aung K.", "Malee", "Marie");
    }

    @Test
    void aSignerIsNotNamedToTheirOwnGovernmentUnlessTheyChoseIt() throws Exception {
        PublishedPetitions.Published petition = signedBySomeWhoChose(List.of("MM"));
        ValidatableResponse batch = create(Map.of("petition", petition.slug(), "targets", List.of("TH", "FR")))
                .statusCode(201);

        String thailand = letter(batch, "TH");
        assertFalse(thailand.contains("Somchai"), "not chosen, yet named to Thailand's government: " + thailand);
        assertNamed(thailand, "Aung K.", "Malee", "Marie");
        String france = letter(batch, "FR");
        assertFalse(france.contains("Marie"), "not chosen, yet named to France's government: " + france);
        assertNamed(france, "Aung K.", "Somchai", "Malee");
    }

    @Test
    void thePreviewSaysWhichNamesEachTargetGetsAndWhy() throws Exception {
        PublishedPetitions.Published petition = signedBySomeWhoChose(List.of("MM"));
        JsonPath myanmar = staff().queryParam("target", "MM").accept(ContentType.JSON)
                .when().get(PREVIEW, petition.slug(), "en").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("target", "MM", "named", 0, "withheld", List.of(
                Map.of("reason", "NOT_CONSENTED", "label", "not consented", "count", 1),
                Map.of("reason", "SENSITIVE_STATE", "label", "sensitive state: Myanmar", "count", 4))),
                myanmar.getMap("names"));
        for (String name : EVERY_NAME) {
            assertFalse(myanmar.getString("html").contains(name), name);
        }

        JsonPath thailand = staff().queryParam("target", "th").accept(ContentType.JSON)
                .when().get(PREVIEW, petition.slug(), "en").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("target", "TH", "named", 3, "withheld", List.of(
                Map.of("reason", "NOT_CONSENTED", "label", "not consented", "count", 1),
                Map.of("reason", "OWN_GOVERNMENT_NOT_CHOSEN", "label", "signer's own government, not chosen",
                        "count", 1))),
                thailand.getMap("names"));
        assertNamed(thailand.getString("html"), "Aung K.", "Malee", "Marie");

        String page = staff().queryParam("target", "MM").when().get(PREVIEW, petition.slug(), "en")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.startsWith("<html lang=\"en\" dir=\"ltr\">\n<p>"),
                "the HTML preview is the letter itself, with its language: " + page);
        assertFalse(page.contains("Aung K."), page);
    }

    @Test
    void theNamesOfEachTargetOfAGroupAreExplainedWithCountsOnly() throws Exception {
        PublishedPetitions.Published petition = signedBySomeWhoChose(List.of("MM"));
        String body = staff().queryParam("targetGroup", "asean").when().get(NAMES, petition.slug())
                .then().statusCode(200).contentType(ContentType.JSON).body("", hasSize(11))
                .body("find { it.target == 'MM' }.named", equalTo(0))
                .body("find { it.target == 'MM' }.withheld.find { it.reason == 'SENSITIVE_STATE' }.count", equalTo(4))
                .body("find { it.target == 'MM' }.withheld.find { it.reason == 'SENSITIVE_STATE' }.label",
                        equalTo("sensitive state: Myanmar"))
                .body("find { it.target == 'TH' }.named", equalTo(3))
                .body("find { it.target == 'VN' }.named", equalTo(4))
                .body("find { it.target == 'VN' }.withheld", equalTo(List.of(
                        Map.of("reason", "NOT_CONSENTED", "label", "not consented", "count", 1))))
                .extract().asString();
        for (String name : EVERY_NAME) {
            assertFalse(body.contains(name), "counts only, no name: " + name);
        }
        staff().queryParam("target", "TH").queryParam("target", "FR").when().get(NAMES, petition.slug())
                .then().statusCode(200).body("target", equalTo(List.of("TH", "FR")))
                .body("named", equalTo(List.of(3, 3)));
    }

    @Test
    void badQueriesForTheExplanationAreProblems() throws Exception {
        PublishedPetitions.Published petition = signedBySomeWhoChose(List.of("MM"));
        staff().when().get(NAMES, petition.slug()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("targetGroup"));
        staff().queryParam("target", "ZZ").when().get(NAMES, petition.slug()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("target"));
        staff().queryParam("target", "<b>").when().get(NAMES, petition.slug()).then().statusCode(400)
                .contentType("application/problem+json");
        staff().queryParam("targetGroup", "no-such-group").when().get(NAMES, petition.slug()).then()
                .statusCode(404).contentType("application/problem+json");
        staff().queryParam("target", "TH").when().get(NAMES, "never-published").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles("pat", "partner")).queryParam("target", "TH")
                .when().get(NAMES, petition.slug()).then().statusCode(403);
        given().queryParam("target", "TH").when().get(NAMES, petition.slug()).then().statusCode(401);
    }

    @Test
    void olderEventsWithoutTheNewFieldsNameNobodyToTheirOwnGovernmentAndAccuseNoState() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions, null);
        putTemplate(petition.slug());
        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.confirmedWithoutOwnGovernmentField(UUID.randomUUID(), petition.id(), petition.slug(),
                        UUID.randomUUID(), "MM", "Aung K."),
                SignatureEvents.confirmedWithoutOwnGovernmentField(UUID.randomUUID(), petition.id(), petition.slug(),
                        UUID.randomUUID(), "TH", "Somchai"));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(petition.slug()) == 2);
        ValidatableResponse batch = create(Map.of("petition", petition.slug(), "targets", List.of("MM", "TH")))
                .statusCode(201);
        String myanmar = letter(batch, "MM");
        assertNamed(myanmar, "Somchai");
        assertFalse(myanmar.contains("Aung K."), myanmar);
        assertNamed(letter(batch, "TH"), "Aung K.");
    }

    /**
     * A petition accusing these states, signed by: Aung K. (Myanmar, chose their own government too), someone in
     * Myanmar who is only counted, Somchai (Thailand, did not choose), Malee (Thailand, chose) and Marie (France,
     * did not choose).
     */
    private PublishedPetitions.Published signedBySomeWhoChose(List<String> sensitiveStates) throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions, sensitiveStates);
        putTemplate(petition.slug());
        UUID p = petition.id();
        String slug = petition.slug();
        TopicWriter.sendSignatureEvents(p,
                SignatureEvents.confirmed(UUID.randomUUID(), p, slug, UUID.randomUUID(), "MM", "Aung K.", true),
                SignatureEvents.confirmed(UUID.randomUUID(), p, slug, UUID.randomUUID(), "MM", null, false),
                SignatureEvents.confirmed(UUID.randomUUID(), p, slug, UUID.randomUUID(), "TH", "Somchai", false),
                SignatureEvents.confirmed(UUID.randomUUID(), p, slug, UUID.randomUUID(), "TH", "Malee", true),
                SignatureEvents.confirmed(UUID.randomUUID(), p, slug, UUID.randomUUID(), "FR", "Marie", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(slug) == 5);
        return petition;
    }

    private static void assertNamed(String html, String... names) {
        for (String name : names) {
            assertTrue(html.contains("<li>" + name + " ("), name + " is missing: " + html);
        }
        assertEquals(names.length, html.split("<li>", -1).length - 1, "exactly these names: " + html);
    }

    private static String letter(ValidatableResponse batch, String target) {
        String id = batch.extract().path("id");
        String letter = batch.extract().path("letters.find { it.target == '" + target + "' }.id");
        return staff().when().get(BATCHES + "/{id}/letters/{letter}", id, letter)
                .then().statusCode(200).extract().asString();
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return staff().contentType(ContentType.JSON).body(body).when().post(BATCHES).then();
    }

    private static void putTemplate(String slug) {
        staff().contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total} people, {counts.inCountry} of "
                        + "them in {target.name}</p><ol>{#for n in annex}<li>{n.name} ({n.country})</li>{/for}</ol>"))
                .when().put("/api/letters/templates/{slug}/en", slug).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles("cara", "campaigner"));
    }
}
