package org.chorus.testing.keycloak;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Access tokens shaped like Keycloak's (realm roles in realm_access.roles), signed by FakeKeycloak's key. */
public final class KeycloakTokens {

    /**
     * The realm roles a token of realm chorus can carry (ARCHITECTURE.md): the four that the services check, and the
     * default role that Keycloak gives every user of the realm, staff or not.
     */
    public static final List<String> REALM_ROLES = List.of("campaigner", "approver", "admin", "partner",
            "default-roles-chorus");

    private static final long LIFETIME_SECONDS = 300;

    private KeycloakTokens() {
    }

    public static String withRealmRoles(String... roles) {
        return sign(claims(0, roles), signingKey());
    }

    /** A token of a named staff member, for rules that compare people (an approver is not the creator). */
    public static String forUserWithRealmRoles(String username, String... roles) {
        JwtClaims claims = claims(0, roles);
        claims.setSubject(username);
        claims.setClaim("preferred_username", username);
        return sign(claims, signingKey());
    }

    /**
     * A client-credentials token of a client's service account, as Keycloak issues it: {@code azp} and
     * {@code client_id} name the client, and a partner's client adds its hardcoded claim {@code partner}
     * (null: no such claim).
     */
    public static String forClient(String clientId, String partnerClaim, String... roles) {
        JwtClaims claims = claims(0, roles);
        claims.setSubject("service-account-" + clientId + "-id");
        claims.setClaim("preferred_username", "service-account-" + clientId);
        claims.setClaim("azp", clientId);
        claims.setClaim("client_id", clientId);
        if (partnerClaim != null) {
            claims.setClaim("partner", partnerClaim);
        }
        return sign(claims, signingKey());
    }

    /** Issued an hour ago with Keycloak's default five-minute lifetime. */
    public static String expiredWithRealmRoles(String... roles) {
        return sign(claims(3600, roles), signingKey());
    }

    public static String signedByAnotherKeyWithRealmRoles(String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(0, roles), generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Not signed at all ({@code alg: none}, empty signature): a verifier that lets the header choose the algorithm
     * accepts whatever claims such a token makes.
     */
    public static String unsignedWithRealmRoles(String... roles) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims(0, roles).toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /**
     * Signed with realm chorus's own key but issued by realm master of the same server: only the issuer check tells
     * it apart, as it must tell apart a token of any other realm that shared a key.
     */
    public static String fromAnotherRealmWithRealmRoles(String... roles) {
        return issuedBy(issuer().replace("/realms/chorus", "/realms/master"), roles);
    }

    /** Signed with the right key, but issued by realm chorus of another server. */
    public static String fromAnotherIssuerHostWithRealmRoles(String... roles) {
        URI realm = URI.create(issuer());
        return issuedBy(realm.getScheme() + "://keycloak.example.net:" + realm.getPort() + realm.getPath(), roles);
    }

    private static String issuedBy(String issuer, String... roles) {
        JwtClaims claims = claims(0, roles);
        claims.setIssuer(issuer);
        return sign(claims, signingKey());
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue(FakeKeycloak.ISSUER, String.class);
    }

    private static JwtClaims claims(long ageSeconds, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer());
        claims.setSubject("test-user");
        claims.setAudience("account");
        claims.setClaim("azp", "chorus-cli");
        claims.setClaim("typ", "Bearer");
        claims.setClaim("preferred_username", "test-user");
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        long issuedAt = NumericDate.now().getValue() - ageSeconds;
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt + LIFETIME_SECONDS));
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue(FakeKeycloak.KEY_ID);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        String encoded = ConfigProvider.getConfig().getValue(FakeKeycloak.SIGNING_KEY, String.class);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
