package org.chorus.audit;

import java.util.List;

/** One page of the trail, newest first; {@code hasMore} says whether the next page holds anything. */
public record AuditPage(List<AuditTrail.AuditEntry> entries, int page, int size, boolean hasMore) {
}
