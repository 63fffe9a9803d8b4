package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Letters go to each contact of their target, once, spaced out per address; their delivery reports name the letter.
 * A dispatched batch tells the signers it counted who asked for updates.
 */
@QuarkusTest
class LetterEmailTest {

    @Inject
    TestEmails emails;

    @Test
    void aLetterGoesOnceToEachContactWithItsHtmlAndAPlainTextPart() {
        String ministry = "ministry-" + UUID.randomUUID() + "@fr.example.org";
        String mission = "mission-" + UUID.randomUUID() + "@fr.example.org";
        ObjectNode letter = LetterEvents.letter(ministry, mission);
        LetterEvents.produce(letter, letter);

        for (String address : new String[] { ministry, mission }) {
            Mailbox.Email email = Mailbox.awaitExactlyOne(address);
            assertEquals("1 234 personnes vous demandent d'agir pour le Myanmar", email.subject());
            assertThat(email.html(), containsString("1 234 personnes &amp; amis"));
            assertThat(email.text(), containsString("Nous vous écrivons au nom de 1 234 personnes & amis."));
            assertThat(email.text(), not(containsString("<p>")));
            assertThat(email.text(), not(containsString("color: #111")));
        }
        EmailMessage row = emails.forEvent(SignatureEvents.id(letter)).get(0);
        assertEquals(EmailMessage.Kind.LETTER, row.kind);
        assertEquals(LetterEvents.letterId(letter), row.letterId);
        String report = DeliveryEventsTest.report(row.id, "email.sent").value();
        assertThat(report, containsString("\"letterId\":\"" + LetterEvents.letterId(letter) + "\""));
    }

    @Test
    void aSecondLetterToTheSameAddressWaitsForItsSlot() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode first = LetterEvents.letter(mission);
        ObjectNode second = LetterEvents.letter(mission);
        LetterEvents.produce(first, second);

        Mailbox.awaitExactlyOne(mission);
        await().atMost(Duration.ofSeconds(20)).until(() -> !emails.forEvent(SignatureEvents.id(second)).isEmpty());
        Instant firstDue = emails.oneForEvent(SignatureEvents.id(first)).nextAttemptAt;
        EmailMessage waiting = emails.oneForEvent(SignatureEvents.id(second));
        assertEquals(EmailMessage.Status.QUEUED, waiting.status);
        assertTrue(!waiting.nextAttemptAt.isBefore(firstDue.plusSeconds(30)),
                "letter-spacing in the test profile is 30 s: " + firstDue + " then " + waiting.nextAttemptAt);
    }

    @Test
    void aDispatchedBatchTellsTheSignersItCountedWhoAskedForUpdates() {
        UUID petition = UUID.randomUUID();
        String counted = SignatureEvents.newEmail();
        String tooLate = SignatureEvents.newEmail();
        String noUpdates = SignatureEvents.newEmail();
        ObjectNode countedSigner = SignatureEvents.submitted(petition, counted, true);
        ObjectNode lateSigner = SignatureEvents.submitted(petition, tooLate, true);
        ObjectNode quietSigner = SignatureEvents.submitted(petition, noUpdates, false);
        ObjectNode lateConfirmation = SignatureEvents.confirmedFor(lateSigner);
        ((ObjectNode) lateConfirmation.get("data")).put("confirmedAt", "2100-01-01T00:00:00Z");
        SignatureEvents.produce(countedSigner, SignatureEvents.confirmedFor(countedSigner), lateSigner, lateConfirmation,
                quietSigner, SignatureEvents.confirmedFor(quietSigner));
        for (String address : new String[] { counted, tooLate, noUpdates }) {
            Mailbox.awaitExactly(address, 2);
        }

        ObjectNode batch = LetterEvents.batch(petition, Instant.now());
        LetterEvents.produce(batch, batch);

        Mailbox.Email notice = Mailbox.awaitExactly(counted, 3).get(2);
        assertThat(notice.subject(), containsString("Your signature was delivered"));
        assertThat(notice.text(), containsString("9f2c1e0b5a7d4c3e8f1a6b2d0c9e7f5a3b1d8c6e4f2a0b9c7d5e3f1a8b6c4d2e"));
        assertThat(notice.text(), containsString("delivered to 15 governments"));
        assertThat(notice.text(), containsString("/api/letters/batches/" + batch.get("data").get("batchId").asText()
                + "/receipts/" + SignatureEvents.signatureId(countedSigner)));
        assertThat(notice.listUnsubscribe(), containsString("/unsubscribe?token="));
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.processed(SignatureEvents.id(batch)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Mailbox.to(tooLate).size() == 2 && Mailbox.to(noUpdates).size() == 2);
    }
}
