package org.chorus.petition.rest;

/** Keycloak realm roles (realm chorus) that petition-service checks. */
public final class Roles {

    /** Creates, edits, opens and closes petitions, and reads their signers. */
    public static final String CAMPAIGNER = "campaigner";

    /** Approves delivery batches (letter-service); here reads a petition's numbers, as every staff role does. */
    public static final String APPROVER = "approver";

    /** Runs the platform; here reads a petition's numbers, as every staff role does. */
    public static final String ADMIN = "admin";

    /** A partner organization's service account (client-credentials): reads its own signers and counts only. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
