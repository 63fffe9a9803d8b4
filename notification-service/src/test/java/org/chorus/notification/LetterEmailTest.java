package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.service.StaffEmails;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Letters go to each contact of their target, once, spaced out per address, with the letter's PDF attached when the
 * event carries one; their delivery reports name the letter. A dispatched batch tells the signers it counted who
 * asked for updates.
 */
@QuarkusTest
class LetterEmailTest {

    private static final String REASON = "dead-letter-reason";

    @Inject
    TestEmails emails;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    StaffEmails staff;

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
        // the slot the first was queued for: a failed attempt may have moved its next_attempt_at since
        Instant firstSlot = emails.oneForEvent(SignatureEvents.id(first)).createdAt;
        EmailMessage waiting = emails.oneForEvent(SignatureEvents.id(second));
        assertEquals(EmailMessage.Status.QUEUED, waiting.status);
        assertTrue(!waiting.nextAttemptAt.isBefore(firstSlot.plusSeconds(30)),
                "letter-spacing in the test profile is 30 s: " + firstSlot + " then " + waiting.nextAttemptAt);
    }

    @Test
    void aLetterDueSoonAfterOneThatWentLateWaitsForTheSpacingAfterItsSending() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        // to the microsecond, as PostgreSQL keeps it: the slot is computed from the stored value
        Instant sentLate = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // due 40 s ago, sent just now: the next letter's slot (30 s after the first's) has passed already
        emails.sentLetter(mission, sentLate.minusSeconds(40), sentLate);
        ObjectNode next = LetterEvents.letter(mission);
        LetterEvents.produce(next);

        UUID event = SignatureEvents.id(next);
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.forEvent(event).size() == 1
                && !emails.oneForEvent(event).nextAttemptAt.isBefore(sentLate.plusSeconds(30)));
        EmailMessage held = emails.oneForEvent(event);
        assertEquals(EmailMessage.Status.QUEUED, held.status);
        assertEquals(0, held.attempts, "waiting for the spacing is not an attempt");
        assertEquals(List.of(), Mailbox.to(mission));
    }

    @Test
    void aLettersPdfArrivesAttachedAtEachContact() {
        String ministry = "ministry-" + UUID.randomUUID() + "@fr.example.org";
        String mission = "mission-" + UUID.randomUUID() + "@fr.example.org";
        ObjectNode letter = LetterEvents.letter(ministry, mission);
        LetterEvents.produce(letter);

        for (String address : new String[] { ministry, mission }) {
            Mailbox.Email email = Mailbox.awaitExactlyOne(address);
            assertThat(email.text(), containsString("Nous vous écrivons au nom de 1 234 personnes & amis."));
            assertThat(email.html(), containsString("1 234 personnes &amp; amis"));
            assertEquals(1, email.attachments().size());
            Mailbox.Attachment pdf = email.attachments().get(0);
            assertEquals("letter-FR-" + LetterEvents.letterId(letter) + ".pdf", pdf.filename());
            assertEquals("attachment", pdf.disposition());
            assertEquals("application/pdf", pdf.contentType());
            assertArrayEquals(LetterEvents.pdfBytes(letter), pdf.content());
        }
    }

    @Test
    void aLetterWithoutAPdfGoesWithoutAnAttachment() {
        String absent = "mission-" + UUID.randomUUID() + "@gb.example.org";
        String none = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode withoutPdf = LetterEvents.letter(absent);
        ((ObjectNode) withoutPdf.get("data")).remove("pdf");
        ObjectNode nullPdf = LetterEvents.letter(none);
        ((ObjectNode) nullPdf.get("data")).putNull("pdf");
        LetterEvents.produce(withoutPdf, nullPdf);

        for (String address : new String[] { absent, none }) {
            Mailbox.Email email = Mailbox.awaitExactlyOne(address);
            assertThat(email.text(), containsString("Nous vous écrivons au nom de 1 234 personnes & amis."));
            assertEquals(List.of(), email.attachments());
        }
    }

    @Test
    void aSentLettersPdfIsErasedWhileALetterWaitingForItsSlotKeepsItEncrypted() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode first = LetterEvents.letter(mission);
        ObjectNode second = LetterEvents.letter(mission);
        LetterEvents.produce(first, second);

        Mailbox.awaitExactlyOne(mission);
        UUID firstEvent = SignatureEvents.id(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(firstEvent) == EmailMessage.Status.SENT);
        assertEquals(Optional.empty(), emails.attachment(emails.oneForEvent(firstEvent).id));

        await().atMost(Duration.ofSeconds(20)).until(() -> !emails.forEvent(SignatureEvents.id(second)).isEmpty());
        EmailMessage waiting = emails.oneForEvent(SignatureEvents.id(second));
        assertEquals(EmailMessage.Status.QUEUED, waiting.status);
        EmailAttachment kept = emails.attachment(waiting.id).orElseThrow();
        String base64 = LetterEvents.pdf(second).get("base64").asText();
        assertEquals(base64, cipher.decrypt(kept.contentEncrypted), "stored encrypted, as the bodies are");
    }

    @Test
    void aBouncedLettersPdfIsErased() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode letter = LetterEvents.letter(mission);
        UUID eventId = SignatureEvents.id(letter);
        try (RejectingSmtpServer rejecting = RejectingSmtpServer.replaceTheTestServer()) {
            LetterEvents.produce(letter);
            await().atMost(Duration.ofSeconds(20)).until(() -> status(eventId) == EmailMessage.Status.BOUNCED);
        }
        assertEquals(Optional.empty(), emails.attachment(emails.oneForEvent(eventId).id));
    }

    /** A staff member sends it again: the resend is audited under their name, so the test acts as one. */
    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void aFailedLetterKeepsItsPdfAndCarriesItWhenStaffSendItAgain() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode letter = LetterEvents.letter(mission);
        UUID eventId = SignatureEvents.id(letter);
        SmtpServerResource.stopServer();
        try {
            LetterEvents.produce(letter);
            await().atMost(Duration.ofSeconds(30)).until(() -> status(eventId) == EmailMessage.Status.FAILED);
        } finally {
            SmtpServerResource.startServer();
        }
        UUID id = emails.oneForEvent(eventId).id;
        assertTrue(emails.attachment(id).isPresent(), "a FAILED letter may be sent again, with its PDF");

        staff.resend(id);
        Mailbox.Email email = Mailbox.awaitExactlyOne(mission);
        assertEquals(1, email.attachments().size());
        assertArrayEquals(LetterEvents.pdfBytes(letter), email.attachments().get(0).content());
        await().atMost(Duration.ofSeconds(10)).until(() -> status(eventId) == EmailMessage.Status.SENT);
        assertEquals(Optional.empty(), emails.attachment(id));
    }

    @Test
    void aPdfThatDoesNotMatchItsChecksumGoesToTheDeadLetterTopicAndQueuesNothing() {
        String mission = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode damaged = LetterEvents.letter(mission);
        byte[] bytes = LetterEvents.pdfBytes(damaged);
        bytes[bytes.length / 2] ^= 1;
        LetterEvents.pdf(damaged).put("base64", Base64.getEncoder().encodeToString(bytes));

        assertDeadLettered(damaged, mission, "with a pdf whose sha256 does not match its bytes");
    }

    @Test
    void aPdfThatIsNotBase64OrHasNoFilenameGoesToTheDeadLetterTopicAndQueuesNothing() {
        String notBase64Address = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode notBase64 = LetterEvents.letter(notBase64Address);
        LetterEvents.pdf(notBase64).put("base64", "JVBERi0x*not base64*");
        assertDeadLettered(notBase64, notBase64Address, "with a pdf whose base64 is not standard base64");

        String unnamedAddress = "mission-" + UUID.randomUUID() + "@gb.example.org";
        ObjectNode unnamed = LetterEvents.letter(unnamedAddress);
        LetterEvents.pdf(unnamed).remove("filename");
        assertDeadLettered(unnamed, unnamedAddress, "with a pdf without filename");
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
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(tooLate).size() == 2 && Mailbox.to(noUpdates).size() == 2);
    }

    /** The letter goes to letters.dlq with this reason, the next letter is still sent, and the first queues nothing. */
    private void assertDeadLettered(ObjectNode letter, String address, String reason) {
        String after = "mission-" + UUID.randomUUID() + "@gb.example.org";
        LetterEvents.produce(letter, LetterEvents.letter(after));

        Mailbox.awaitExactlyOne(after);
        String id = letter.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await("letters.dlq", r -> r.value().contains(id),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString(reason));
        assertEquals(0, emails.forEvent(SignatureEvents.id(letter)).size());
        assertFalse(emails.processed(SignatureEvents.id(letter)), "a letter sent again once fixed is not a duplicate");
        assertEquals(0, Mailbox.to(address).size());
    }

    private EmailMessage.Status status(UUID eventId) {
        List<EmailMessage> rows = emails.forEvent(eventId);
        return rows.isEmpty() ? null : rows.get(0).status;
    }
}
