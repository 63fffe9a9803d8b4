package org.chorus.notification.rest;

/** Keycloak realm roles (realm chorus) that notification-service checks. */
public final class Roles {

    public static final String CAMPAIGNER = "campaigner";
    public static final String ADMIN = "admin";
    /** Approves delivery batches in letter-service; here it may read the audit trail and the emails' numbers. */
    public static final String APPROVER = "approver";

    private Roles() {
    }
}
