package org.chorus.audit;

import java.time.Instant;

/** Which entries to read: each criterion given must match ({@code from} inclusive, {@code to} exclusive). */
public record AuditFilter(String actor, String action, String subject, Instant from, Instant to, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
}
