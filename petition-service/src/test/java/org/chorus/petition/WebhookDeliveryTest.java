package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.chorus.petition.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A confirmed signature that came through a partner with a webhook is POSTed to it by a real HTTP call, signed with
 * the secret shown when the partner was registered, with the signer's data only if the signer agreed to share it.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aConfirmedSignatureIsPostedOnceSignedWithTheSecretShownAtRegistration() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204); LogCapture log = LogCapture.start()) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            String email = Signer.newEmail();
            given().contentType(ContentType.JSON).body(Map.of("name", "Ma Thida", "email", email, "country", "MM",
                    "postalCode", "11181", "locale", "my", "partner", partner.slug(),
                    "consents", Map.of("processing", true, "partner", true)))
                    .when().post("/api/petitions/{slug}/signatures", p.slug).then().statusCode(202);
            String token = Signer.tokenFor(email);
            TestWebhooks.confirm(token).then().statusCode(200);

            WebhookReceiver.Call call = receiver.awaitCalls(1, A_WHILE).get(0);
            assertEquals("application/json", call.contentType());
            long timestamp = Long.parseLong(call.timestamp());
            assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "the timestamp is the time sent");
            assertEquals("v1=" + hmacSha256Hex(partner.secret(), call.timestamp() + "." + call.body()),
                    call.signature(), "HMAC-SHA256 over timestamp.body with the secret of the 201 answer");
            assertTrue(WebhookSignature.verify(partner.secret(), call.timestamp(), call.body(), call.signature(),
                    Instant.now(), Duration.ofMinutes(5)));
            assertFalse(WebhookSignature.verify(partner.secret(), call.timestamp(), call.body().replace("MM", "FR"),
                    call.signature(), Instant.now(), Duration.ofMinutes(5)), "a changed body does not verify");

            assertThat(call.body(), matchesJsonSchemaInClasspath("schemas/webhook.signature-confirmed.schema.json"));
            JsonPath body = JsonPath.from(call.body());
            assertEquals(call.id(), body.getString("id"), "the id header is the delivery id in the body");
            assertEquals("signature.confirmed", body.getString("type"));
            assertEquals(p.slug, body.getString("petition"));
            assertEquals(partner.slug(), body.getString("partner"));
            assertEquals("MM", body.getString("country"));
            assertEquals(Map.of("partnerContact", true, "name", "Ma Thida", "email", email, "postalCode", "11181",
                    "locale", "my"), body.getMap("signature"));
            Signature s = petitions.onlySignature(p.id);
            assertTrue(Duration.between(s.confirmedAt, Instant.parse(body.getString("confirmedAt"))).abs()
                    .toMillis() < 1, "the time of confirmation");

            await().atMost(A_WHILE).untilAsserted(() -> Staff.campaigner()
                    .when().get("/api/partners/{slug}/webhook-deliveries", partner.slug())
                    .then().statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].id", equalTo(call.id()))
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attempts", equalTo(1))
                    .body("[0].lastStatusCode", equalTo(204))
                    .body("[0].lastError", nullValue())
                    .body("[0].createdAt", notNullValue())
                    .body("[0].nextAttemptAt", nullValue())
                    .body("[0].deliveredAt", notNullValue())
                    .body("[0]", not(hasKey("payload")))
                    .body(not(containsString(email))));
            assertNull(webhooks.onlyDeliveryOf(s.id).payloadEncrypted, "a delivered payload is erased");

            TestWebhooks.confirm(token).then().statusCode(200);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.calls().size() == 1);
            assertEquals(1, webhooks.deliveriesOf(s.id).size(), "confirming again queues nothing more");

            List<String> lines = log.lines();
            assertTrue(lines.stream().anyMatch(l -> l.contains(call.id())), "the delivery is logged, by its id");
            assertTrue(lines.stream().noneMatch(l -> l.contains(email) || l.contains("Ma Thida")),
                    "no log line names the signer");
        }
    }

    @Test
    void withoutTheSignersConsentToPartnerContactTheCallCarriesNothingPersonal() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            String email = Signer.newEmail();
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), false, "Hidden Person", email);
            TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);

            String body = receiver.awaitCalls(1, A_WHILE).get(0).body();
            assertThat(body, matchesJsonSchemaInClasspath("schemas/webhook.signature-confirmed.schema.json"));
            assertEquals(Map.of("partnerContact", false), JsonPath.from(body).getMap("signature"));
            assertEquals("MM", JsonPath.from(body).getString("country"));
            assertNotNullField(body, "confirmedAt");
            for (String personal : List.of("Hidden Person", email, "11181", "\"my\"")) {
                assertFalse(body.contains(personal), "the call must not carry " + personal);
            }
        }
    }

    @Test
    void signaturesThroughNoPartnerOrAPartnerWithoutAWebhookQueueNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String withoutWebhook = partners.register();
        TestWebhooks.Pending through = webhooks.pending(p.id, withoutWebhook, true, "Aung San", Signer.newEmail());
        TestWebhooks.Pending direct = webhooks.pending(p.id, null, true, "Aung San", Signer.newEmail());
        TestWebhooks.confirm(through.confirmToken()).then().statusCode(200);
        TestWebhooks.confirm(direct.confirmToken()).then().statusCode(200);
        assertEquals(List.of(), webhooks.deliveriesOf(through.id()));
        assertEquals(List.of(), webhooks.deliveriesOf(direct.id()));
    }

    /** The secret is shown in the 201 answer and nowhere else; it is stored only encrypted. */
    @Test
    void theWebhookSecretIsShownOnceAtRegistration() {
        TestWebhooks.Registered partner = TestWebhooks.register("https://burma-action.example.org/chorus");
        assertTrue(partner.secret().matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url");
        Staff.campaigner().when().get("/api/partners/{slug}", partner.slug()).then().statusCode(200)
                .body("webhookUrl", equalTo("https://burma-action.example.org/chorus"))
                .body(not(containsString(partner.secret())));
        assertFalse(Staff.campaigner().when().get("/api/partners").asString().contains(partner.secret()));
        assertFalse(partners.storedText(partner.slug()).contains(partner.secret()));
        assertTrue(partners.find(partner.slug()).webhookSecretEncrypted.length > 32, "kept encrypted");

        var noWebhook = PartnerRegistrationTest.body();
        noWebhook.remove("webhookUrl");
        PartnerRegistrationTest.register(noWebhook).statusCode(201).body("webhookSecret", nullValue());
    }

    @Test
    void staffReplaceTheWebhookAndItsSecretAndLaterCallsGoThereSignedWithTheNewOne() throws Exception {
        try (WebhookReceiver before = WebhookReceiver.answering(200);
                WebhookReceiver after = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(before.url());
            String secret = Staff.campaigner().contentType(ContentType.JSON).body(Map.of("url", after.url()))
                    .when().put("/api/partners/{slug}/webhook", partner.slug())
                    .then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("partner", equalTo(partner.slug()))
                    .body("url", equalTo(after.url()))
                    .extract().path("webhookSecret");
            assertTrue(secret.matches("[A-Za-z0-9_-]{43}") && !secret.equals(partner.secret()));
            Staff.campaigner().when().get("/api/partners/{slug}", partner.slug()).then()
                    .body("webhookUrl", equalTo(after.url())).body(not(containsString(secret)));

            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.confirm(webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail())
                    .confirmToken()).then().statusCode(200);
            WebhookReceiver.Call call = after.awaitCalls(1, A_WHILE).get(0);
            assertEquals("v1=" + hmacSha256Hex(secret, call.timestamp() + "." + call.body()), call.signature());
            assertEquals(List.of(), before.calls());
        }
    }

    @Test
    void aWebhookThatIsNotAnHttpUrlIs400AndAnUnknownPartner404() {
        String slug = partners.register();
        for (Object url : List.of("ftp://example.org/hook", "not a url", "https://user:pw@example.org/hook")) {
            Staff.campaigner().contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().put("/api/partners/{slug}/webhook", slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", hasItem("url"));
        }
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/partners/{slug}/webhook", slug)
                .then().statusCode(400).contentType("application/problem+json");
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/hook"))
                .when().put("/api/partners/{slug}/webhook", TestPartners.newSlug())
                .then().statusCode(404).body("type", equalTo("/problems/partner-not-found"));
        assertNull(partners.find(slug).webhookUrl);
    }

    private static void assertNotNullField(String body, String field) {
        assertTrue(JsonPath.from(body).getString(field) != null, field + " is given");
    }

    /** Computed here as a partner would, independently of the service's code. */
    static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
