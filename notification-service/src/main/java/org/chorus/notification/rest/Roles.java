package org.chorus.notification.rest;

/** Keycloak realm roles (realm chorus) that notification-service checks. */
public final class Roles {

    public static final String CAMPAIGNER = "campaigner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
