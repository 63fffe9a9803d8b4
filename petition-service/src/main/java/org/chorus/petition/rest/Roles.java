package org.chorus.petition.rest;

/** Keycloak realm roles (realm chorus) that petition-service checks. */
public final class Roles {

    /** Creates, edits, opens and closes petitions, and reads their signers. */
    public static final String CAMPAIGNER = "campaigner";

    /** A partner organization's service account (client-credentials): reads its own signers and counts only. */
    public static final String PARTNER = "partner";

    /** Approves delivery batches in letter-service; here it may read a petition's numbers and the audit trail. */
    public static final String APPROVER = "approver";

    /** Administers the platform; here it may read a petition's numbers and the audit trail. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
