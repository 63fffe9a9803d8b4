package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A webhook is called only at an address on the public internet, however the address is written: registering or
 * changing one anywhere else is a 400, a URL stored before is not called, and the delivery log of a refused address
 * reads like that of an address that cannot be reached. (The tests' own receivers listen on 127.0.0.1, which the
 * test profile alone lets through when a URL names it just so; WebhookTargetsTest shows production refusing it.)
 */
@QuarkusTest
class WebhookAddressTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);
    private static final String NOT_PUBLIC = "public internet";
    private static final String AMBIGUOUS = "plain IP address";

    /** Each spelling, and the part of the message that says what is wrong with it. */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("http://[::ffff:127.0.0.1]:8081/", NOT_PUBLIC),
            Map.entry("http://[::ffff:7f00:1]/hook", NOT_PUBLIC),
            Map.entry("http://[::1]:8081/", NOT_PUBLIC),
            Map.entry("http://[::]/", NOT_PUBLIC),
            Map.entry("http://[::7f00:1]/", NOT_PUBLIC),
            Map.entry("http://0.0.0.0:8081/", NOT_PUBLIC),
            Map.entry("http://127.0.0.2/", NOT_PUBLIC),
            Map.entry("http://127.0.0.1./", AMBIGUOUS),
            Map.entry("http://localhost:8081/", NOT_PUBLIC),
            Map.entry("http://LocalHost./", NOT_PUBLIC),
            Map.entry("http://admin.localhost/", NOT_PUBLIC),
            Map.entry("http://10.1.2.3/", NOT_PUBLIC),
            Map.entry("http://172.16.0.1/", NOT_PUBLIC),
            Map.entry("http://192.168.1.1/", NOT_PUBLIC),
            Map.entry("http://100.64.0.1/", NOT_PUBLIC),
            Map.entry("http://169.254.169.254/latest/meta-data/", NOT_PUBLIC),
            Map.entry("http://198.18.0.1/", NOT_PUBLIC),
            Map.entry("http://192.0.2.1/", NOT_PUBLIC),
            Map.entry("http://240.0.0.1/", NOT_PUBLIC),
            Map.entry("http://255.255.255.255/", NOT_PUBLIC),
            Map.entry("http://224.0.0.1/", NOT_PUBLIC),
            Map.entry("https://[fd00:ec2::254]/", NOT_PUBLIC),
            Map.entry("https://[fe80::1]/", NOT_PUBLIC),
            Map.entry("https://[ff02::1]/", NOT_PUBLIC),
            Map.entry("https://[64:ff9b::7f00:1]/", NOT_PUBLIC),
            Map.entry("https://[64:ff9b::a9fe:a9fe]/", NOT_PUBLIC),
            Map.entry("https://[2002:7f00:1::1]/", NOT_PUBLIC),
            Map.entry("https://[2002:c0a8:101::1]/", NOT_PUBLIC),
            Map.entry("https://[2001:db8::1]/", NOT_PUBLIC),
            Map.entry("http://2130706433/", AMBIGUOUS),
            Map.entry("http://0x7f000001/", AMBIGUOUS),
            Map.entry("http://0177.0.0.1/", AMBIGUOUS),
            Map.entry("http://017700000001/", AMBIGUOUS),
            Map.entry("http://0x7f.0.0.1/", AMBIGUOUS),
            Map.entry("http://010.0.0.1/", AMBIGUOUS),
            Map.entry("http://127.1/", AMBIGUOUS),
            Map.entry("http://127.0.1/", AMBIGUOUS));

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestWebhooks webhooks;

    @Test
    void registeringAWebhookAtAnAddressOffThePublicInternetIs400HoweverItIsWritten() {
        List<String> wrong = new ArrayList<>();
        REFUSED.forEach((url, why) -> {
            Map<String, Object> body = PartnerRegistrationTest.body();
            body.put("webhookUrl", url);
            Response answer = Staff.campaigner().contentType(ContentType.JSON).body(body).when().post("/api/partners");
            if (!refused(answer, "webhookUrl", why) || partners.count((String) body.get("slug")) != 0) {
                wrong.add(url + " -> " + answer.statusCode() + " " + answer.asString());
            }
        });
        assertEquals(List.of(), wrong, "each is a 400 validation problem saying what is wrong, and registers nothing");
    }

    @Test
    void pointingAWebhookAtAnAddressOffThePublicInternetIs400HoweverItIsWritten() {
        String slug = partners.register();
        List<String> wrong = new ArrayList<>();
        REFUSED.forEach((url, why) -> {
            Response answer = Staff.campaigner().contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().put("/api/partners/{slug}/webhook", slug);
            if (!refused(answer, "url", why)) {
                wrong.add(url + " -> " + answer.statusCode() + " " + answer.asString());
            }
        });
        assertEquals(List.of(), wrong, "each is a 400 validation problem saying what is wrong");
        assertNull(partners.find(slug).webhookUrl);
    }

    @Test
    void aWebhookAtAPublicAddressIsAccepted() {
        for (String url : List.of("https://1.1.1.1/chorus", "https://8.8.8.8:8443/hooks?from=chorus",
                "https://[2606:4700::1111]/chorus", "https://[2001:4860:4860::8888]:8443/chorus")) {
            TestWebhooks.register(url);
        }
    }

    /** A URL stored before addresses were checked, or behind the API's back, is checked again at each call. */
    @Test
    void aStoredWebhookOffThePublicInternetIsNotCalledAndItsLogReadsLikeAnUnreachableOnes() throws Exception {
        try (WebhookReceiver listening = WebhookReceiver.answering(200)) {
            String gone;
            try (WebhookReceiver closed = WebhookReceiver.answering(200)) {
                gone = closed.url();
            }
            TestWebhooks.Registered refused = TestWebhooks.register(listening.url());
            webhooks.storeWebhookUrl(refused.slug(), "http://localhost:" + listening.port() + "/hooks/chorus");
            TestWebhooks.Registered unreachable = TestWebhooks.register(gone);
            TestWebhooks.Pending toRefused = confirmedThrough(refused);
            TestWebhooks.Pending toUnreachable = confirmedThrough(unreachable);

            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(toRefused.id()).status
                    != WebhookDelivery.Status.PENDING
                    && webhooks.onlyDeliveryOf(toUnreachable.id()).status != WebhookDelivery.Status.PENDING);
            assertEquals(List.of(), listening.calls(), "nothing was sent to the address that is not public");
            for (String slug : List.of(refused.slug(), unreachable.slug())) {
                Staff.campaigner().when().get("/api/partners/{slug}/webhook-deliveries", slug)
                        .then().statusCode(200)
                        .body("$", hasSize(1))
                        .body("[0].status", equalTo("FAILED"))
                        .body("[0].attempts", equalTo(4))
                        .body("[0].lastStatusCode", nullValue())
                        .body("[0].lastError", equalTo("unreachable"));
            }
        }
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() throws Exception {
        try (WebhookReceiver elsewhere = WebhookReceiver.answering(200);
                WebhookReceiver moved = WebhookReceiver.redirectingTo(elsewhere.url())) {
            TestWebhooks.Registered partner = TestWebhooks.register(moved.url());
            TestWebhooks.Pending s = confirmedThrough(partner);

            await().atMost(A_WHILE).until(() -> Integer.valueOf(302).equals(webhooks.onlyDeliveryOf(s.id()).lastStatusCode));
            assertEquals("status", webhooks.onlyDeliveryOf(s.id()).lastError, "a 302 is an answer that is not 2xx");
            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.FAILED);
            assertFalse(moved.calls().isEmpty());
            assertEquals(List.of(), elsewhere.calls(), "the redirect was not followed");
        }
    }

    /** A 400 validation problem whose message for {@code field} says {@code why}. */
    private static boolean refused(Response answer, String field, String why) {
        if (answer.statusCode() != 400 || !"/problems/validation".equals(answer.path("type"))
                || !answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        List<Map<String, String>> errors = answer.path("errors");
        return errors.stream().anyMatch(e -> field.equals(e.get("field")) && e.get("message").contains(why));
    }

    private TestWebhooks.Pending confirmedThrough(TestWebhooks.Registered partner) {
        Petition p = petitions.create(Petition.Status.OPEN);
        TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
        TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
        return s;
    }
}
