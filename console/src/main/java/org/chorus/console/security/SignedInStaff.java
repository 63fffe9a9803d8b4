package org.chorus.console.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, as the pages show it ({inject:staff.name}) and as they decide which buttons to offer. */
@Named("staff")
@RequestScoped
public class SignedInStaff {

    public static final String CAMPAIGNER = "campaigner";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    static final List<String> STAFF_ROLES = List.of(CAMPAIGNER, APPROVER, ADMIN);

    private final SecurityIdentity identity;

    SignedInStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Keycloak user name: the name the services record as the actor. */
    public String name() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username").toString();
        }
        return identity.getPrincipal().getName();
    }

    public String roleList() {
        Set<String> shown = new TreeSet<>(identity.getRoles());
        shown.retainAll(STAFF_ROLES);
        return String.join(", ", shown);
    }

    public boolean isStaff() {
        return STAFF_ROLES.stream().anyMatch(identity::hasRole);
    }

    public boolean isPartner() {
        return identity.hasRole(PARTNER);
    }

    public boolean isCampaigner() {
        return identity.hasRole(CAMPAIGNER);
    }

    public boolean isApprover() {
        return identity.hasRole(APPROVER);
    }
}
