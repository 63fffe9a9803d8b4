package org.chorus.notification.rest;

/** Keycloak realm roles (realm chorus) that notification-service checks. */
public final class Roles {

    public static final String CAMPAIGNER = "campaigner";
    public static final String ADMIN = "admin";

    /** Approves delivery batches; here reads the confirmation emails' numbers, as every staff role does. */
    public static final String APPROVER = "approver";

    private Roles() {
    }
}
