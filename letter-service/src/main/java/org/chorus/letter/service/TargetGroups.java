package org.chorus.letter.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.letter.rest.dto.GroupRequest;

/**
 * Groups of targets that staff name ({@code asean} comes with the directory). {@code unsc} is not one of them: it
 * is computed from the Council terms on the date asked for.
 */
@ApplicationScoped
public class TargetGroups {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final EntityManager em;
    private final AuditTrail audit;
    private final StaffActor staff;

    public TargetGroups(EntityManager em, AuditTrail audit, StaffActor staff) {
        this.em = em;
        this.audit = audit;
        this.staff = staff;
    }

    /** The members' codes; a group that does not exist is a 404. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> members(String slug) {
        if (em.createNativeQuery("SELECT 1 FROM target_group WHERE slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty()) {
            throw new UnknownEntryException("There is no target group " + quoted(slug) + ".");
        }
        return em.createNativeQuery(
                "SELECT country_code FROM target_group_member WHERE group_slug = :slug ORDER BY country_code")
                .setParameter("slug", slug).getResultList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<GroupRequest.View> all() {
        List<Object[]> rows = em.createNativeQuery("SELECT slug, name FROM target_group ORDER BY slug").getResultList();
        return rows.stream().map(r -> new GroupRequest.View((String) r[0], (String) r[1], members((String) r[0])))
                .toList();
    }

    /** Creates the group or replaces its name and members, for a staff member, who is recorded in the audit trail. */
    @Transactional
    public GroupRequest.View put(String slug, GroupRequest request) {
        GroupRequest.View group = store(slug, request);
        audit.record(staff.name(), "group.put", slug, Map.of("members", group.members()));
        return group;
    }

    /** As {@link #put}, for the directory's own seed, which no one audits. */
    @Transactional
    GroupRequest.View store(String slug, GroupRequest request) {
        if (slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            throw new InvalidEntryException("slug", "must be lower-case letters and digits joined by hyphens");
        }
        if (TargetDirectory.SECURITY_COUNCIL.equals(slug)) {
            throw new DirectoryConflictException("unsc is computed from the Council terms; edit the terms instead.");
        }
        Set<String> members = new LinkedHashSet<>(request.members());
        for (String code : members) {
            if (((Number) em.createNativeQuery("SELECT count(*) FROM target WHERE country_code = :code")
                    .setParameter("code", code).getSingleResult()).longValue() == 0) {
                throw new InvalidEntryException("members", code + " is not a target of the directory");
            }
        }
        em.createNativeQuery("""
                INSERT INTO target_group (slug, name, updated_at) VALUES (:slug, :name, :now)
                ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at""")
                .setParameter("slug", slug).setParameter("name", request.name().trim())
                .setParameter("now", Instant.now()).executeUpdate();
        em.createNativeQuery("DELETE FROM target_group_member WHERE group_slug = :slug")
                .setParameter("slug", slug).executeUpdate();
        for (String code : members) {
            em.createNativeQuery("INSERT INTO target_group_member (group_slug, country_code) VALUES (:slug, :code)")
                    .setParameter("slug", slug).setParameter("code", code).executeUpdate();
        }
        return new GroupRequest.View(slug, request.name().trim(), members(slug));
    }

    /** A slug as it may appear in a message: short, and only if it is one (never raw input). */
    static String quoted(String slug) {
        return slug != null && slug.length() <= 60 && SLUG.matcher(slug).matches() ? "'" + slug + "'" : "of that name";
    }
}
