package org.chorus.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The staff audit trail of one service: table {@code staff_audit}, which each service creates with its own migration.
 * An entry is written in the caller's transaction (MANDATORY), so that an action and its entry commit or roll back
 * together: a refused or failed action leaves none. Details name ids, slugs, counts and rules only; a value with an
 * {@code @} is refused outright, so that no email address can slip into the trail by mistake.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public AuditTrail(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * @param actor   the staff member's user name (the token's preferred_username)
     * @param action  what was done, as {@code kind.verb} ({@code petition.publish})
     * @param subject what it was done to: a slug or an id
     * @param details further ids, counts or rules; never personal data
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, Map<String, ?> details) {
        String json = json(details);
        em.createNativeQuery("insert into staff_audit (id, occurred_at, actor, action, subject, details) "
                + "values (:id, clock_timestamp(), :actor, :action, :subject, cast(:details as jsonb))")
                .setParameter("id", UUID.randomUUID())
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("subject", subject)
                .setParameter("details", json)
                .executeUpdate();
    }

    /** Newest first; one row more than the page is read, to tell whether another page follows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor, action, subject, cast(details as text) "
                + "from staff_audit where true");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "actor = :actor", "actor", filter.actor());
        condition(sql, params, "action = :action", "action", filter.action());
        condition(sql, params, "subject = :subject", "subject", filter.subject());
        condition(sql, params, "occurred_at >= :from", "from", offset(filter.from()));
        condition(sql, params, "occurred_at < :to", "to", offset(filter.to()));
        sql.append(" order by occurred_at desc, id desc");
        Query query = em.createNativeQuery(sql.toString())
                .setFirstResult(filter.page() * filter.size())
                .setMaxResults(filter.size() + 1);
        params.forEach(query::setParameter);
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            entries.add(entry((Object[]) row));
        }
        boolean hasMore = entries.size() > filter.size();
        return new AuditPage(hasMore ? entries.subList(0, filter.size()) : entries, filter.page(), filter.size(),
                hasMore);
    }

    private String json(Map<String, ?> details) {
        String json;
        try {
            json = mapper.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values", e);
        }
        if (json.indexOf('@') >= 0) {
            throw new IllegalArgumentException("audit details must not hold an email address");
        }
        return json;
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private AuditEntry entry(Object[] row) {
        try {
            return new AuditEntry((UUID) row[0], instant(row[1]), (String) row[2], (String) row[3], (String) row[4],
                    mapper.readTree((String) row[5]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("staff_audit holds details that are not JSON", e);
        }
    }

    /** The JDBC driver and Hibernate's version decide the type a timestamptz column comes back as. */
    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** An entry as the audit endpoints answer it. */
    public record AuditEntry(UUID id, Instant at, String actor, String action, String subject, JsonNode details) {
    }
}
