package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.petition.crypto.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Link tokens carry their signature's id; the id alone, or a token of the other purpose, opens nothing. */
@QuarkusTest
class TokenLookupTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestSigners signers;

    @Test
    void aNewSignatureIsFoundByItsTimeOrderedIdAndKeepsOnlyDigestsOfItsTokens() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);

        Signature s = petitions.onlySignature(p.id);
        assertEquals(7, s.id.version(), "ids sort by time, so the primary key grows at its right edge");
        assertEquals(s.id, Tokens.signatureIdOf(token).orElseThrow());
        assertNotNull(s.confirmTokenDigest);
        assertNotNull(s.withdrawTokenDigest);
        assertNull(s.confirmTokenHash, "the index of tokens of the old form must stay out of the signing path");
        assertNull(s.withdrawTokenHash);
    }

    @Test
    void theRightIdWithAnotherSecretConfirmsAndWithdrawsNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String guess = Tokens.newToken(Tokens.signatureIdOf(Signer.tokenFor(email)).orElseThrow());

        post("/api/signatures/confirm", guess).then().statusCode(400).contentType("application/problem+json");
        post("/api/signatures/withdraw", guess).then().statusCode(400).contentType("application/problem+json");

        assertEquals(Signature.Status.PENDING, petitions.onlySignature(p.id).status);
        post("/api/signatures/confirm", Signer.tokenFor(email)).then().statusCode(200);
    }

    @Test
    void eachTokenServesOnlyItsOwnPurpose() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");

        post("/api/signatures/confirm", Signer.withdrawTokenFor(email)).then().statusCode(400);
        post("/api/signatures/withdraw", Signer.tokenFor(email)).then().statusCode(400);

        assertEquals(Signature.Status.PENDING, petitions.onlySignature(p.id).status);
    }

    @Test
    void linksInEmailsSentBeforeTokensCarriedTheIdStillWork() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        String confirmToken = tokenOfOldForm();
        String withdrawToken = tokenOfOldForm();
        signers.withTokensOfOldForm(petitions.onlySignature(p.id).id, confirmToken, withdrawToken);

        post("/api/signatures/confirm", Signer.tokenFor(email)).then().statusCode(400);
        post("/api/signatures/confirm", confirmToken).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        post("/api/signatures/withdraw", withdrawToken).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals(Signature.Status.WITHDRAWN, petitions.onlySignature(p.id).status);
    }

    @Test
    void aTokenNamingNoSignatureIs400() {
        String unknown = Tokens.newToken(UUID.randomUUID());
        post("/api/signatures/confirm", unknown).then().statusCode(400).contentType("application/problem+json");
        post("/api/signatures/confirm", "!".repeat(64)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** 32 random bytes, as every token was before it began with the signature's id. */
    private static String tokenOfOldForm() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static Response post(String path, String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token)).when().post(path);
    }
}
