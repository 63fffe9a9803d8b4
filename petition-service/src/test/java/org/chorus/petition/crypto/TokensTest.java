package org.chorus.petition.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenNamesItsSignatureAndFitsALinkUnescaped() {
        UUID id = UUID.randomUUID();
        String token = Tokens.newToken(id);
        assertEquals(64, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(Optional.of(id), Tokens.signatureIdOf(token));
    }

    @Test
    void twoTokensOfOneSignatureDifferInTheirSecret() {
        UUID id = UUID.randomUUID();
        String confirm = Tokens.newToken(id);
        String withdraw = Tokens.newToken(id);
        assertNotEquals(confirm, withdraw);
        assertFalse(Tokens.matches(withdraw, Tokens.digest(confirm)));
        assertTrue(Tokens.matches(confirm, Tokens.digest(confirm)));
    }

    @Test
    void whatIsNotATokenWithAnIdNamesNoSignature() {
        assertEquals(Optional.empty(), Tokens.signatureIdOf("Qm9sZC1vbGQtdG9rZW4tb2YtNDMtY2hhcmFjdGVycy4"));
        assertEquals(Optional.empty(), Tokens.signatureIdOf("*".repeat(64)));
        assertEquals(Optional.empty(), Tokens.signatureIdOf(""));
    }

    @Test
    void noStoredDigestMatchesNothing() {
        assertFalse(Tokens.matches(Tokens.newToken(UUID.randomUUID()), null));
    }
}
