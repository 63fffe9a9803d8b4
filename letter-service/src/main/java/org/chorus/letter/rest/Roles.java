package org.chorus.letter.rest;

/** Keycloak realm roles (realm chorus) that letter-service checks. */
public final class Roles {

    public static final String CAMPAIGNER = "campaigner";
    public static final String APPROVER = "approver";
    /** Administers the platform; may read the audit trail, as all staff may. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
