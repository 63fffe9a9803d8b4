package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Withdrawal and invalidation are final (issue 22, hole 2): a submission or confirmation of the signature read after
 * them, replayed or out of order, keeps no signer and queues no email.
 */
@QuarkusTest
class RemovedSignatureTest {

    @Inject
    TestEmails emails;

    @Test
    void aSubmissionAndConfirmationReadAfterTheInvalidationBringNothingBack() throws Exception {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        UUID signatureId = SignatureEvents.signatureId(submitted);
        ConsumerGroups.awaitDoneWith(SignatureEvents.produce(submitted));
        assertEquals(1, emails.forEvent(SignatureEvents.id(submitted)).size(), "its confirmation email");

        ObjectNode resubmitted = SignatureEvents.resubmitted(submitted);
        ObjectNode confirmed = SignatureEvents.confirmedFor(submitted);
        ConsumerGroups.awaitDoneWith(SignatureEvents.produce(SignatureEvents.invalidatedFor(submitted),
                resubmitted, confirmed));

        assertTrue(emails.signer(signatureId).isEmpty(), "the signer was kept again");
        assertTrue(emails.forEvent(SignatureEvents.id(resubmitted)).isEmpty(), "a confirmation email was queued");
        assertTrue(emails.forEvent(SignatureEvents.id(confirmed)).isEmpty(), "a thank-you was queued");
    }

    @Test
    void aSignatureWithdrawnBeforeItsSubmissionWasReadGetsNoEmail() throws Exception {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        ObjectNode confirmed = SignatureEvents.confirmedFor(submitted);

        RecordMetadata last = SignatureEvents.produce(SignatureEvents.withdrawnFor(submitted), submitted, confirmed);
        ConsumerGroups.awaitDoneWith(last);

        assertTrue(emails.signer(SignatureEvents.signatureId(submitted)).isEmpty(), "a signer was kept");
        assertTrue(emails.forEvent(SignatureEvents.id(submitted)).isEmpty(), "a confirmation email was queued");
        assertTrue(emails.forEvent(SignatureEvents.id(confirmed)).isEmpty(), "a thank-you was queued");
    }
}
