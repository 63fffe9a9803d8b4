package org.chorus.petition;

import org.chorus.testing.keycloak.FakeKeycloak;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this module runs with a stand-in for Keycloak realm chorus that signs real tokens (see Staff), so
 * that the staff API is tested through quarkus-oidc as in production, in the same application as all other tests.
 */
@QuarkusTestResource(FakeKeycloak.class)
public class KeycloakTestIssuer {
}
