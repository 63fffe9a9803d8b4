package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A milestone is told to the confirmed signers who asked for updates, once; every such email can be unsubscribed
 * from with one click, and an unsubscribed or withdrawn signer gets no more of them.
 */
@QuarkusTest
class MilestoneEmailTest {

    @Inject
    TestEmails emails;

    /** Signs and confirms; waits for the confirmation and the thank-you. */
    private static ObjectNode confirmedSigner(UUID petition, String address, boolean updates) {
        ObjectNode submitted = SignatureEvents.submitted(petition, address, updates);
        SignatureEvents.produce(submitted, SignatureEvents.confirmedFor(submitted));
        Mailbox.awaitExactly(address, 2);
        return submitted;
    }

    @Test
    void milestoneGoesOnceToConfirmedSignersWhoAskedForUpdatesWithOneClickUnsubscribe() {
        UUID petition = UUID.randomUUID();
        String wantsUpdates = SignatureEvents.newEmail();
        String noUpdates = SignatureEvents.newEmail();
        String unconfirmed = SignatureEvents.newEmail();
        confirmedSigner(petition, wantsUpdates, true);
        confirmedSigner(petition, noUpdates, false);
        SignatureEvents.produce(SignatureEvents.submitted(petition, unconfirmed, true));
        Mailbox.awaitExactlyOne(unconfirmed);

        ObjectNode milestone = PetitionEvents.milestone(petition, 10_000);
        PetitionEvents.produce(milestone, milestone);

        Mailbox.Email update = Mailbox.awaitExactly(wantsUpdates, 3).get(2);
        assertEquals("10,000 signatures: Stop the arms flow to the Myanmar military",
                update.subject());
        assertThat(update.text(), containsString("now has 10,000 confirmed signatures"));
        assertThat(update.text(), containsString("/withdraw?token="));
        assertThat(update.listUnsubscribe(), containsString("/unsubscribe?token="));
        assertTrue(update.listUnsubscribe().startsWith("<") && update.listUnsubscribe().endsWith(">"));
        assertEquals("List-Unsubscribe=One-Click", update.listUnsubscribePost());
        assertThat(update.text(), containsString(unsubscribeUrl(update)));
        assertThat(update.html(), containsString(unsubscribeUrl(update).replace("&", "&amp;")));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(noUpdates).size() == 2 && Mailbox.to(unconfirmed).size() == 1);
    }

    @Test
    void oneClickUnsubscribeStopsTheNextUpdatesButOpeningTheLinkDoesNot() {
        UUID petition = UUID.randomUUID();
        String address = SignatureEvents.newEmail();
        ObjectNode signer = confirmedSigner(petition, address, true);
        PetitionEvents.produce(PetitionEvents.milestone(petition, 100));
        Mailbox.Email first = Mailbox.awaitExactly(address, 3).get(2);
        String link = pathOf(unsubscribeUrl(first));

        // a mail scanner opening the link unsubscribes nobody: the page only asks
        given().get(link).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\""), containsString("Unsubscribe"));
        PetitionEvents.produce(PetitionEvents.milestone(petition, 200));
        Mailbox.awaitExactly(address, 4);

        // RFC 8058: the mail program posts List-Unsubscribe=One-Click to the List-Unsubscribe address
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(link).then().statusCode(200).body(containsString("You are unsubscribed"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(link).then().statusCode(200);

        ObjectNode next = PetitionEvents.milestone(petition, 500);
        PetitionEvents.produce(next);
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.processed(SignatureEvents.id(next)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> Mailbox.to(address).size() == 4);

        // an update queued before the unsubscribe is not sent either when its turn comes
        UUID queuedBefore = emails.queueUpdate(SignatureEvents.signatureId(signer), petition);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> emails.oneForEvent(queuedBefore).status == EmailMessage.Status.SUPPRESSED);
        assertEquals(4, Mailbox.to(address).size());
    }

    @Test
    void aWithdrawnSignerGetsNoUpdate() {
        UUID petition = UUID.randomUUID();
        String address = SignatureEvents.newEmail();
        ObjectNode signer = confirmedSigner(petition, address, true);
        SignatureEvents.produce(SignatureEvents.withdrawnFor(signer));
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.signer(SignatureEvents.signatureId(signer)).isEmpty());

        ObjectNode milestone = PetitionEvents.milestone(petition, 1_000);
        PetitionEvents.produce(milestone);
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.processed(SignatureEvents.id(milestone)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> Mailbox.to(address).size() == 2);
    }

    @Test
    void aChangedOrMadeUpUnsubscribeLinkIsRefused() {
        String forged = "/unsubscribe?token=" + "A".repeat(43) + "." + "B".repeat(22) + "&lang=en";
        given().get(forged).then().statusCode(400).body(containsString("This link does not work"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(forged).then().statusCode(400);
        given().post("/unsubscribe").then().statusCode(400);
        given().get("/unsubscribe?token=%00%ff.x&lang=my").then().statusCode(400).header("Content-Language", "my");
    }

    private static String unsubscribeUrl(Mailbox.Email email) {
        String header = email.listUnsubscribe();
        return header.substring(1, header.length() - 1);
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
