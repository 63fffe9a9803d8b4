package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.manifest.Receipt;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A delivery batch freezes the confirmed signatures at its cut-off, prints their manifest in one letter per target
 * in the target's language, and is approved by a second person only. Real signed tokens, so that two people act.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class DeliveryBatchTest {

    private static final String BATCHES = "/api/letters/batches";

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    private PublishedPetitions.Published petition;
    private List<UUID> signatures;

    @BeforeEach
    void aPetitionWithTemplatesAndSignatories() throws Exception {
        petition = PublishedPetitions.publish(petitions);
        putTemplate("en", "<p>{recipient.salutation}, {counts.total} people, {counts.inCountry} of them in "
                + "{target.name}, ask you:</p><ul>{#for d in petition.demands}<li>{d.text}</li>{/for}</ul>"
                + "<p>Manifest {manifest.count} {manifest.root} {manifest.idsSha256}</p>"
                + "<ol>{#for n in annex}<li>{n.name} ({n.country})</li>{/for}</ol>");
        putTemplate("fr", "<p>{recipient.salutation}, {counts.total} personnes : {petition.title}</p>"
                + "<p>{manifest.root}</p>");
        signatures = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), signatures.get(0), "FR",
                        "<b>Marie</b>"),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), signatures.get(1), "MM", null),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), signatures.get(2), "MM",
                        "Aung K."));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(petition.slug()) == 3);
    }

    @Test
    void theSecurityCouncilBatchHasFifteenLettersInTheirLanguagesWithTheManifest() {
        ValidatableResponse created = create(Map.of("petition", petition.slug(), "targetGroup", "unsc"), "cara")
                .statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("snapshot.total", equalTo(3))
                .body("snapshot.byCountry.MM", equalTo(2))
                .body("letters", hasSize(15))
                .body("letters.find { it.target == 'FR' }.locale", equalTo("fr"))
                .body("letters.find { it.target == 'CN' }.locale", equalTo("en"))
                .body("createdBy", equalTo("cara"));
        Manifest expected = Manifest.of(signatures);
        created.body("manifest.count", equalTo(3)).body("manifest.root", equalTo(expected.merkleRoot()))
                .body("manifest.idsSha256", equalTo(expected.idsSha256()));

        String batch = created.extract().path("id");
        String china = created.extract().path("letters.find { it.target == 'CN' }.id");
        String html = given().auth().oauth2(token("cara", "campaigner"))
                .when().get(BATCHES + "/{id}/letters/{letter}", batch, china)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertEquals(true, html.contains(expected.merkleRoot()), "the root is printed in the letter");
        assertEquals(true, html.contains("&lt;b&gt;Marie&lt;/b&gt; (FR)"), "a name is printed as text: " + html);
        assertEquals(false, html.contains("<b>Marie</b>"));
        assertEquals(true, html.contains("Excellency, 3 people, 0 of them in China"), html);
    }

    @Test
    void aSignerGetsAReceiptThatVerifiesAgainstTheRootTheLettersPrint() {
        String batch = create(Map.of("petition", petition.slug(), "targets", List.of("MM")), "cara")
                .statusCode(201).extract().path("id");
        String root = Manifest.of(signatures).merkleRoot();
        String text = given().when().get(BATCHES + "/{id}/receipts/{signature}", batch, signatures.get(1))
                .then().statusCode(200).body("root", equalTo(root)).body("count", equalTo(3))
                .extract().path("receipt");
        Receipt receipt = Receipt.parse(text);
        assertEquals(signatures.get(1), receipt.signatureId());
        assertEquals(true, receipt.verifies(root));
        assertEquals(false, Manifest.verify(receipt.signatureId(), receipt.leafIndex(), receipt.treeSize(),
                receipt.path(), Manifest.of(List.of(signatures.get(0), signatures.get(1))).merkleRoot()),
                "the receipt does not verify against another batch's root");
        given().when().get(BATCHES + "/{id}/receipts/{signature}", batch, UUID.randomUUID()).then().statusCode(404);
        given().when().get(BATCHES + "/{id}/receipts/{signature}", batch, "not-an-id").then().statusCode(404);
    }

    @Test
    void aSecondPersonApprovesOnceAndTheCreatorNever() {
        String batch = create(Map.of("petition", petition.slug(), "targets", List.of("MM", "TH")), "cara")
                .statusCode(201).extract().path("id");
        given().auth().oauth2(token("cara", "campaigner", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(403).body("type", equalTo("/problems/four-eyes"));
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(403);
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo("abel"));
        given().auth().oauth2(token("abe2", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(409);
    }

    @Test
    void aWithdrawalAfterDispatchChangesNothingTheBatchCounted() throws Exception {
        ValidatableResponse created = create(Map.of("petition", petition.slug(), "targets", List.of("MM")), "cara");
        String batch = created.statusCode(201).extract().path("id");
        // Before dispatch a withdrawal leaves the batch (BatchWithdrawalTest); what went cannot be recalled.
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200);
        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.withdrawn(UUID.randomUUID(), petition.id(), petition.slug(), signatures.get(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(petition.slug()) == 2);
        given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch)
                .then().statusCode(200).body("snapshot.total", equalTo(3))
                .body("manifest.root", equalTo(Manifest.of(signatures).merkleRoot()))
                .body("withdrawnAfterDispatch", equalTo(1));
    }

    @Test
    void badBatchesAreProblemsAndCreateNothing() {
        create(Map.of("petition", "never-published", "targetGroup", "unsc"), "cara").statusCode(404);
        create(Map.of("petition", petition.slug(), "targetGroup", "unsc",
                "cutoff", Instant.now().plusSeconds(3600).toString()), "cara")
                .statusCode(400).body("errors[0].field", equalTo("cutoff"));
        create(Map.of("petition", petition.slug()), "cara").statusCode(400).body("errors[0].field", equalTo("targetGroup"));
        create(Map.of("petition", petition.slug(), "targets", List.of("ZZ")), "cara").statusCode(400)
                .body("errors[0].field", equalTo("targets"));
        create(Map.of("petition", petition.slug(), "targetGroup", "no-such-group"), "cara").statusCode(404);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("name", "Nobody yet", "members", List.of()))
                .when().put("/api/letters/groups/empty-group").then().statusCode(200);
        create(Map.of("petition", petition.slug(), "targetGroup", "empty-group"), "cara").statusCode(400)
                .body("errors[0].message", containsString("names no target"));
        given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", "not-an-id")
                .then().statusCode(404);
    }

    @Test
    void staffPreviewATemplateForATargetWithTheSignaturesConfirmedUntilNow() {
        String preview = "/api/letters/templates/{slug}/{locale}/preview";
        String page = given().auth().oauth2(token("cara", "campaigner")).queryParam("target", "th")
                .when().get(preview, petition.slug(), "en")
                .then().statusCode(200).contentType(containsString("text/html")).header("Content-Language", "en")
                .extract().asString();
        assertEquals(true, page.contains("3 people, 0 of them in Thailand"), page);
        assertEquals(true, page.contains("&lt;b&gt;Marie&lt;/b&gt; (FR)"), "names escaped, in the annex: " + page);
        given().auth().oauth2(token("cara", "campaigner")).queryParam("target", "FR").accept(ContentType.JSON)
                .when().get(preview, petition.slug(), "fr")
                .then().statusCode(200).body("html", containsString("3 personnes"))
                .body("html", containsString(Manifest.of(signatures).merkleRoot()));

        given().auth().oauth2(token("cara", "campaigner")).when().get(preview, petition.slug(), "en")
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        given().auth().oauth2(token("cara", "campaigner")).queryParam("target", "ZZ")
                .when().get(preview, petition.slug(), "en")
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        given().auth().oauth2(token("cara", "campaigner")).queryParam("target", "FR")
                .when().get(preview, petition.slug(), "es").then().statusCode(404);
        given().auth().oauth2(token("cara", "campaigner")).queryParam("target", "FR")
                .when().get(preview, "never-published", "en").then().statusCode(404);
        given().auth().oauth2(token("abel", "approver")).queryParam("target", "FR")
                .when().get(preview, petition.slug(), "en").then().statusCode(403);
    }

    @Test
    void aPetitionWithoutTemplatesCannotBeBatchedYet() throws Exception {
        PublishedPetitions.Published bare = PublishedPetitions.publish(petitions);
        create(Map.of("petition", bare.slug(), "targets", List.of("MM")), "cara").statusCode(409)
                .body("detail", containsString("no letter template"));
        given().auth().oauth2(token("pat", "partner")).contentType(ContentType.JSON)
                .body(Map.of("petition", bare.slug(), "targets", List.of("MM")))
                .when().post(BATCHES).then().statusCode(403).body("detail", not(containsString("template")));
    }

    private ValidatableResponse create(Map<String, Object> body, String user) {
        return given().auth().oauth2(token(user, "campaigner")).contentType(ContentType.JSON).body(body)
                .when().post(BATCHES).then();
    }

    private void putTemplate(String locale, String body) {
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", body))
                .when().put("/api/letters/templates/{slug}/{locale}", petition.slug(), locale)
                .then().statusCode(200);
    }

    private static String token(String user, String... roles) {
        return KeycloakTokens.forUserWithRealmRoles(user, roles);
    }
}
