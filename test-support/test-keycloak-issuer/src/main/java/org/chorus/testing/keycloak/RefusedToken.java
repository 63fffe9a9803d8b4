package org.chorus.testing.keycloak;

import java.util.function.Function;

/**
 * Tokens that claim a staff role of realm chorus but must not be believed: each service answers 401 to every one of
 * them, whatever role it names. One constant per way a token can be untrustworthy, so that tests go through all.
 */
public enum RefusedToken {

    EXPIRED(KeycloakTokens::expiredWithRealmRoles),
    SIGNED_BY_ANOTHER_KEY(KeycloakTokens::signedByAnotherKeyWithRealmRoles),
    UNSIGNED(KeycloakTokens::unsignedWithRealmRoles),
    FROM_ANOTHER_REALM(KeycloakTokens::fromAnotherRealmWithRealmRoles),
    FROM_ANOTHER_ISSUER_HOST(KeycloakTokens::fromAnotherIssuerHostWithRealmRoles);

    private final Function<String[], String> builder;

    RefusedToken(Function<String[], String> builder) {
        this.builder = builder;
    }

    public String withRealmRoles(String... roles) {
        return builder.apply(roles);
    }
}
