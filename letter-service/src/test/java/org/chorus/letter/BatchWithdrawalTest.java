package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chorus.letter.events.NamesSent;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.messaging.Topics;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A withdrawal (or an invalidation) reaches a batch already created (issue 22, hole 7): before dispatch the batch
 * drops the signature (count, manifest, letters and PDFs made again) and needs approving again; after dispatch the
 * batch records it. PDFs on, so that the PDF printed again is read too.
 */
@QuarkusTest
@TestProfile(PdfOn.class)
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class BatchWithdrawalTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File SCHEMAS = new File("src/main/resources/schemas");

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    private PublishedPetitions.Published petition;
    private UUID marie;
    private UUID hans;
    private UUID unnamed;
    private String batch;

    @BeforeEach
    void anApprovedBatchThatNamesTwoSigners() throws Exception {
        petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total} people ask you.</p>"
                        + "<p>{manifest.root}</p><ol>{#for n in annex}<li>{n.name} ({n.country})</li>{/for}</ol>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        marie = UUID.randomUUID();
        hans = UUID.randomUUID();
        unnamed = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), marie, "FR", "Marie Curie"),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), hans, "DE", "Hans Weber"),
                SignatureEvents.confirmed(UUID.randomUUID(), petition.id(), petition.slug(), unnamed, "IT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(petition.slug()) == 3);
        batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("GB")))
                .when().post(BATCHES).then().statusCode(201).body("snapshot.total", equalTo(3)).extract().path("id");
        awaitPdfs();
        approve().statusCode(200);
    }

    @Test
    void aWithdrawalLeavesABatchNotYetDispatchedWhichMustBeApprovedAgain() throws Exception {
        String rootBefore = get().extract().path("manifest.root");
        assertTrue(letterHtml().contains("Marie Curie"));

        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.withdrawn(UUID.randomUUID(), petition.id(), petition.slug(), marie));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get().body("snapshot.total", equalTo(2)));

        Manifest remaining = Manifest.of(List.of(hans, unnamed));
        get().body("status", equalTo("AWAITING_APPROVAL")).body("approvedBy", nullValue())
                .body("changeReason", equalTo("SIGNATURE_WITHDRAWN"))
                .body("snapshot.byCountry.FR", nullValue())
                .body("manifest.root", equalTo(remaining.merkleRoot()))
                .body("manifest.idsSha256", equalTo(remaining.idsSha256()));
        assertNotEquals(rootBefore, remaining.merkleRoot());
        String html = letterHtml();
        assertFalse(html.contains("Marie Curie"), html);
        assertTrue(html.contains("Hans Weber") && html.contains(remaining.merkleRoot()), html);
        assertTrue(html.contains("<p>2 people ask you.</p>"), html);
        awaitPdfs();
        String pdf = pdfText();
        assertFalse(pdf.contains("Marie Curie"), pdf);
        assertTrue(pdf.contains("Hans Weber"), pdf);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(409);

        approve().statusCode(200);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200);
        assertEquals(Map.of(hans.toString(), "[\"GB\"]"), namesSent(), "the withdrawn signer went nowhere");
    }

    @Test
    void anInvalidationLeavesTheBatchTooAndAReplayChangesNothing() throws Exception {
        String withdrawn = SignatureEvents.withdrawn(UUID.randomUUID(), petition.id(), petition.slug(), hans);
        TopicWriter.sendSignatureEvents(petition.id(), withdrawn,
                SignatureEvents.invalidated(UUID.randomUUID(), petition.id(), petition.slug(), unnamed));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get().body("snapshot.total", equalTo(1)));
        get().body("manifest.root", equalTo(Manifest.of(List.of(marie)).merkleRoot()));
        awaitPdfs();
        approve().statusCode(200);

        // The same event again, and the same signature under a new event id: the batch is left as it is.
        UUID marker = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition.id(), withdrawn,
                SignatureEvents.invalidated(UUID.randomUUID(), petition.id(), petition.slug(), hans),
                SignatureEvents.withdrawn(marker, petition.id(), petition.slug(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.eventProcessed(marker));
        get().body("status", equalTo("APPROVED")).body("snapshot.total", equalTo(1));
    }

    @Test
    void aWithdrawalAfterDispatchIsRecordedOnceAndChangesNoLetter() throws Exception {
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200);
        String root = get().extract().path("manifest.root");
        assertEquals(Map.of(marie.toString(), "[\"GB\"]", hans.toString(), "[\"GB\"]"), namesSent(),
                "who was named where, for petition-service to tell a signer who withdraws; not the unnamed signer");

        UUID marker = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition.id(),
                SignatureEvents.withdrawn(UUID.randomUUID(), petition.id(), petition.slug(), marie),
                SignatureEvents.invalidated(UUID.randomUUID(), petition.id(), petition.slug(), marie),
                SignatureEvents.withdrawn(marker, petition.id(), petition.slug(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.eventProcessed(marker));

        get().body("status", equalTo("DISPATCHED")).body("withdrawnAfterDispatch", equalTo(1))
                .body("snapshot.total", equalTo(3)).body("manifest.root", equalTo(root));
        assertTrue(letterHtml().contains("Marie Curie"), "the letter as it was sent");
    }

    /** The batch's names-sent event: signature id to the targets whose letters printed the name. */
    private Map<String, String> namesSent() throws Exception {
        JsonNode sent = JSON.readTree(TopicReader.await(Topics.NAMES_SENT,
                r -> r.value().contains(NamesSent.TYPE) && r.value().contains(batch), Duration.ofSeconds(20)).value());
        assertEquals(petition.id().toString(), sent.get("data").get("petitionId").asText());
        assertThat(sent.get("data").toString(), matchesJsonSchema(new File(SCHEMAS, "batch.names-sent.schema.json")));
        Map<String, String> named = new TreeMap<>();
        sent.get("data").get("named").forEach(n -> named.put(n.get("signatureId").asText(), n.get("targets").toString()));
        return named;
    }

    private void awaitPdfs() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> get().body("letters.pdf", everyItem(equalTo(true))));
    }

    private String letterId() {
        return get().extract().path("letters[0].id");
    }

    private String letterHtml() {
        return given().auth().oauth2(token("cara", "campaigner")).accept("text/html")
                .when().get(BATCHES + "/{id}/letters/{letter}", batch, letterId())
                .then().statusCode(200).extract().asString();
    }

    private String pdfText() throws Exception {
        byte[] pdf = given().auth().oauth2(token("cara", "campaigner")).accept("application/pdf")
                .when().get(BATCHES + "/{id}/letters/{letter}", batch, letterId())
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private ValidatableResponse get() {
        return given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch).then()
                .statusCode(200);
    }

    private ValidatableResponse approve() {
        return given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch).then();
    }

    private static String token(String user, String... roles) {
        return KeycloakTokens.forUserWithRealmRoles(user, roles);
    }
}
