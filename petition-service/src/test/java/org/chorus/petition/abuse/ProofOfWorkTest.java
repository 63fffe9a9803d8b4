package org.chorus.petition.abuse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

    private final ProofOfWork pow = new ProofOfWork(KEY, 12, Duration.ofMinutes(10));

    @Test
    void aSolvedChallengeIsAcceptedOnceOnly() {
        ProofOfWork.Challenge c = pow.issue("myanmar", NOW);
        assertEquals(12, c.difficulty());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), c.expiresAt());
        String nonce = ProofOfWorkSolver.solve(c.challenge(), c.difficulty());
        assertDoesNotThrow(() -> pow.verify("myanmar", c.challenge(), nonce, NOW.plusSeconds(5)));
        assertThrows(ProofOfWorkException.class, () -> pow.verify("myanmar", c.challenge(), nonce, NOW.plusSeconds(6)));
    }

    @Test
    void aMissingWrongForgedForeignOrExpiredProofIsRefused() {
        ProofOfWork.Challenge c = pow.issue("myanmar", NOW);
        String nonce = ProofOfWorkSolver.solve(c.challenge(), c.difficulty());
        assertThrows(ProofOfWorkException.class, () -> pow.verify("myanmar", null, null, NOW));
        assertThrows(ProofOfWorkException.class, () -> pow.verify("myanmar", c.challenge(), null, NOW));
        String wrong = Long.toString(Long.parseLong(nonce) + 1);
        if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(c.challenge() + ":" + wrong)) < 12) {
            assertThrows(ProofOfWorkException.class, () -> pow.verify("myanmar", c.challenge(), wrong, NOW));
        }
        String forged = c.challenge().replace("myanmar|", "myanmar|1");
        assertThrows(ProofOfWorkException.class, () -> pow.verify("myanmar", forged, ProofOfWorkSolver.solve(forged, 12), NOW));
        assertThrows(ProofOfWorkException.class, () -> pow.verify("another", c.challenge(), nonce, NOW));
        assertThrows(ProofOfWorkException.class,
                () -> pow.verify("myanmar", c.challenge(), nonce, NOW.plus(Duration.ofMinutes(11))));
        assertDoesNotThrow(() -> pow.verify("myanmar", c.challenge(), nonce, NOW.plus(Duration.ofMinutes(9))));
    }

    @Test
    void difficultyZeroAsksForNothing() {
        ProofOfWork off = new ProofOfWork(KEY, 0, Duration.ofMinutes(10));
        assertFalse(off.required());
        assertDoesNotThrow(() -> off.verify("myanmar", null, null, NOW));
        assertTrue(pow.required());
    }

    @Test
    void leadingZeroBitsAreCountedAcrossBytes() {
        assertEquals(0, ProofOfWork.leadingZeroBits(new byte[] { (byte) 0x80, 0 }));
        assertEquals(7, ProofOfWork.leadingZeroBits(new byte[] { 1, 0 }));
        assertEquals(12, ProofOfWork.leadingZeroBits(new byte[] { 0, 0x08 }));
        assertEquals(16, ProofOfWork.leadingZeroBits(new byte[] { 0, 0 }));
    }
}
