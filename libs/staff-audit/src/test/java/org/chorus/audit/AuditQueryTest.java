package org.chorus.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void defaultsToTheFirstPageOfFifty() {
        AuditQuery query = query();
        assertTrue(invalid(query).isEmpty());
        AuditFilter filter = query.filter();
        assertEquals(0, filter.page());
        assertEquals(50, filter.size());
    }

    @Test
    void readsTheWindowAsInstants() {
        AuditQuery query = query();
        query.from = "2026-12-07T11:00:00+01:00";
        query.to = "2026-12-07T10:30:00Z";
        assertTrue(invalid(query).isEmpty());
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), query.filter().from());
    }

    @Test
    void namesEachBadParameter() {
        AuditQuery query = query();
        query.from = "yesterday";
        query.size = "0";
        query.page = "-1";
        query.action = "DROP TABLE";
        assertEquals(Set.of("from", "size", "page", "action"), invalid(query));
        query = query();
        query.size = "201";
        assertEquals(Set.of("size"), invalid(query));
        query.size = "200";
        assertTrue(invalid(query).isEmpty());
    }

    @Test
    void refusesAnEmptyWindowAsABadTo() {
        AuditQuery query = query();
        query.from = "2026-12-07T10:00:00Z";
        query.to = "2026-12-07T10:00:00Z";
        assertEquals(Set.of("to"), invalid(query));
    }

    private static AuditQuery query() {
        AuditQuery query = new AuditQuery();
        query.page = "0";
        query.size = "50";
        return query;
    }

    private static Set<String> invalid(AuditQuery query) {
        return VALIDATOR.validate(query).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
