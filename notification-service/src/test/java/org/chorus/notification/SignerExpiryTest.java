package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.notification.service.Signers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A signer who never confirmed is forgotten once their link expired (plus a day); a confirmed one is kept. */
@QuarkusTest
class SignerExpiryTest {

    @Inject
    TestEmails emails;

    @Inject
    Signers signers;

    @Test
    void onlyUnconfirmedSignersPastTheirExpiryAreForgotten() {
        UUID expired = emails.signer(Instant.now().minusSeconds(60), false);
        UUID stillPending = emails.signer(Instant.now().plusSeconds(3600), false);
        UUID confirmed = emails.signer(Instant.now().minusSeconds(60), true);

        signers.forgetUnconfirmedAfterExpiry();

        assertFalse(emails.signer(expired).isPresent(), "never confirmed, link expired: forgotten");
        assertTrue(emails.signer(stillPending).isPresent(), "the link still works: kept");
        assertTrue(emails.signer(confirmed).isPresent(), "confirmed: kept for the emails that follow");
    }
}
