package org.chorus.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The moves a signature may make, owned by Signature: withdrawn and invalidated are final. */
class SignatureStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aPendingSignatureMayBeConfirmedWithdrawnOrInvalidated() {
        assertTrue(in(Signature.Status.PENDING).confirm(NOW));
        assertTrue(in(Signature.Status.PENDING).withdraw(NOW));
        assertTrue(in(Signature.Status.PENDING).invalidate(NOW));
    }

    @Test
    void confirmingTwiceChangesNothing() {
        Signature s = in(Signature.Status.CONFIRMED);
        assertFalse(s.confirm(NOW));
        assertEquals(Signature.Status.CONFIRMED, s.status);
        assertNull(s.confirmedAt, "the first confirmation's time stays");
    }

    @Test
    void aWithdrawnOrInvalidatedSignatureCanNeverBeConfirmedAgain() {
        for (Signature.Status gone : new Signature.Status[] {Signature.Status.WITHDRAWN, Signature.Status.INVALIDATED}) {
            Signature s = in(gone);
            assertThrows(SignatureNotConfirmableException.class, () -> s.confirm(NOW));
            assertEquals(gone, s.status);
            assertFalse(s.status.counts());
        }
    }

    @Test
    void withdrawingAnInvalidatedSignatureLeavesItInvalidatedAndPublishesNothing() {
        Signature s = in(Signature.Status.INVALIDATED);
        assertFalse(s.withdraw(NOW));
        assertEquals(Signature.Status.INVALIDATED, s.status);
        assertNotNull(s.withdrawnAt, "when its data was erased");
    }

    @Test
    void invalidatingAWithdrawnSignatureChangesNothing() {
        Signature s = in(Signature.Status.WITHDRAWN);
        assertFalse(s.invalidate(NOW));
        assertEquals(Signature.Status.WITHDRAWN, s.status);
        assertNull(s.invalidatedAt);
    }

    private static Signature in(Signature.Status status) {
        Signature s = new Signature();
        s.status = status;
        return s;
    }
}
