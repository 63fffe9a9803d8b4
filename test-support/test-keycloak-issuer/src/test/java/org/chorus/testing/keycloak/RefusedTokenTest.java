package org.chorus.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.InvalidJwtSignatureException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each refused token is a sound token of realm chorus but for one flaw, so that a service's 401 for it proves the one
 * check that flaw is about (and not, say, that a token meant to have the wrong issuer also had a broken signature).
 */
class RefusedTokenTest {

    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak();
    private static Map<String, String> config;

    @BeforeAll
    static void startTheRealm() {
        // KeycloakTokens reads the realm's key and issuer from MicroProfile Config, as inside a Quarkus test
        config = KEYCLOAK.start();
        config.forEach(System::setProperty);
    }

    @AfterAll
    static void stopTheRealm() {
        KEYCLOAK.stop();
        config.keySet().forEach(System::clearProperty);
    }

    @Test
    void aSoundTokenPassesTheChecksAServiceMakes() throws Exception {
        JwtClaims claims = verifier(issuer()).build().processToClaims(KeycloakTokens.withRealmRoles("campaigner"));
        assertEquals(Map.of("roles", List.of("campaigner")), claims.getClaimValue("realm_access"));
    }

    @ParameterizedTest
    @EnumSource(RefusedToken.class)
    void everyRefusedTokenFailsTheChecksAServiceMakes(RefusedToken token) {
        assertThrows(InvalidJwtException.class,
                () -> verifier(issuer()).build().processToClaims(token.withRealmRoles("campaigner")));
    }

    @Test
    void theExpiredTokenIsSoundButForItsAge() throws Exception {
        verifier(issuer()).setAllowedClockSkewInSeconds(3600).build()
                .processToClaims(RefusedToken.EXPIRED.withRealmRoles("campaigner"));
    }

    @Test
    void theTokenSignedByAnotherKeyFailsOnItsSignature() {
        assertThrows(InvalidJwtSignatureException.class, () -> verifier(issuer()).build()
                .processToClaims(RefusedToken.SIGNED_BY_ANOTHER_KEY.withRealmRoles("campaigner")));
    }

    @Test
    void theUnsignedTokenIsSoundButForItsMissingSignature() throws Exception {
        String token = RefusedToken.UNSIGNED.withRealmRoles("campaigner");
        String[] parts = token.split("\\.", -1);
        assertEquals("{\"alg\":\"none\",\"typ\":\"JWT\"}",
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        assertEquals("", parts[2]);
        verifier(issuer()).setDisableRequireSignature().setSkipSignatureVerification()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS).build().processToClaims(token);
    }

    @Test
    void theTokenOfAnotherRealmIsSoundButForItsIssuer() throws Exception {
        String otherRealm = issuer().replace("/realms/chorus", "/realms/master");
        verifier(otherRealm).build().processToClaims(RefusedToken.FROM_ANOTHER_REALM.withRealmRoles("campaigner"));
    }

    @Test
    void theTokenOfAnotherServerIsSoundButForItsIssuer() throws Exception {
        String token = RefusedToken.FROM_ANOTHER_ISSUER_HOST.withRealmRoles("campaigner");
        String issuer = verifier(issuer()).setSkipDefaultAudienceValidation().setSkipAllValidators().build()
                .processToClaims(token).getIssuer();
        assertNotEquals(URI.create(issuer()).getHost(), URI.create(issuer).getHost());
        assertEquals(URI.create(issuer()).getPath(), URI.create(issuer).getPath());
        verifier(issuer).build().processToClaims(token);
    }

    /** What quarkus-oidc checks by default: a signature by a key the realm publishes, the issuer, the expiry. */
    private static JwtConsumerBuilder verifier(String expectedIssuer) {
        HttpsJwks keys = new HttpsJwks(issuer() + "/protocol/openid-connect/certs");
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256))
                .setExpectedIssuer(expectedIssuer)
                .setRequireExpirationTime()
                .setSkipDefaultAudienceValidation();
    }

    private static String issuer() {
        return config.get(FakeKeycloak.ISSUER);
    }
}
