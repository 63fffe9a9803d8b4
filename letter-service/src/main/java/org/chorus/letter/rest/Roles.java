package org.chorus.letter.rest;

/** Keycloak realm roles (realm chorus) that letter-service checks. */
public final class Roles {

    public static final String CAMPAIGNER = "campaigner";
    public static final String APPROVER = "approver";

    private Roles() {
    }
}
