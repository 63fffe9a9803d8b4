package org.chorus.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The staff member of the current request, as the audit trail names them: the principal name of their verified token,
 * which quarkus-oidc takes from {@code preferred_username} (the Keycloak user name, stable and readable), not the
 * opaque {@code sub}.
 */
@ApplicationScoped
public class StaffActor {

    private final SecurityIdentity identity;

    public StaffActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("a staff action without an authenticated caller cannot be audited");
        }
        return identity.getPrincipal().getName();
    }
}
