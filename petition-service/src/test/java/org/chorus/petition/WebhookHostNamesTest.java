package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A webhook named by a DNS name is checked by the addresses the name resolves to: at registration every one of them
 * must be public, and each call resolves the name again and connects only to an address it has just checked, so that
 * a name that answers otherwise later (DNS rebinding) is not called.
 */
@QuarkusTest
class WebhookHostNamesTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @Inject
    TestHostResolver dns;

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aNameWithAnyAddressOffThePublicInternetIs400() throws Exception {
        List<String[]> answers = List.of(new String[] { "127.0.0.1" }, new String[] { "::1" },
                new String[] { "::ffff:127.0.0.1" }, new String[] { "169.254.169.254" }, new String[] { "fd00:ec2::254" },
                new String[] { "8.8.8.8", "10.0.0.7" }, new String[] { "2606:4700::1111", "fe80::1" });
        String slug = partners.register();
        for (String[] addresses : answers) {
            String name = TestHostResolver.newName();
            dns.answer(name, addresses);
            String url = "https://" + name + "/chorus";
            Map<String, Object> body = PartnerRegistrationTest.body();
            body.put("webhookUrl", url);
            PartnerRegistrationTest.register(body).statusCode(400).contentType("application/problem+json")
                    .body("errors.find { it.field == 'webhookUrl' }.message",
                            equalTo("must lead to the public internet: loopback, private, link-local and other"
                                    + " special-purpose addresses are refused"));
            Staff.campaigner().contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().put("/api/partners/{slug}/webhook", slug)
                    .then().statusCode(400).body("errors.field", equalTo(List.of("url")));
        }
        assertEquals(null, partners.find(slug).webhookUrl);
    }

    @Test
    void aNameWhoseAddressesAreAllPublicIsAccepted() throws Exception {
        String name = TestHostResolver.newName();
        dns.answer(name, "1.1.1.1", "2606:4700::1111");
        TestWebhooks.register("https://" + name + "/chorus");
    }

    @Test
    void aNameThatLeadsOffThePublicInternetOnlyWhenCalledIsNotCalled() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            String name = TestHostResolver.newName();
            dns.answer(name, "8.8.8.8");
            TestWebhooks.Registered partner = TestWebhooks.register("http://" + name + ":" + receiver.port()
                    + "/hooks/chorus");
            dns.answer(name, "127.0.0.1");
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
            TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);

            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status != WebhookDelivery.Status.PENDING);
            assertTrue(receiver.calls().isEmpty(), "the receiver behind the name was not called");
            Staff.campaigner().when().get("/api/partners/{slug}/webhook-deliveries", partner.slug())
                    .then().statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].status", equalTo("FAILED"))
                    .body("[0].lastStatusCode", nullValue())
                    .body("[0].lastError", equalTo("unreachable"));
        }
    }
}
