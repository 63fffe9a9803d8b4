package org.chorus.letter.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.letter.directory.Target;
import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.rest.dto.ContactRequest;
import org.chorus.letter.rest.dto.TargetRequest;
import org.chorus.letter.rest.dto.TargetView;

/**
 * The states letters go to, with their contacts; and the targets of a group on a date: {@code unsc} is computed
 * from the Council terms, any other group is the list staff made.
 */
@ApplicationScoped
public class TargetDirectory {

    public static final String SECURITY_COUNCIL = "unsc";
    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final EntityManager em;
    private final TargetGroups groups;
    private final AuditTrail audit;
    private final StaffActor staff;

    public TargetDirectory(EntityManager em, TargetGroups groups, AuditTrail audit, StaffActor staff) {
        this.audit = audit;
        this.staff = staff;
        this.em = em;
        this.groups = groups;
    }

    /** @param group null for every target; {@code on} matters only for {@code unsc} */
    @Transactional
    public List<TargetView> targets(String group, LocalDate on) {
        List<Target> targets;
        if (group == null) {
            targets = Target.list("order by name");
        } else if (SECURITY_COUNCIL.equals(group)) {
            targets = Target.find("countryCode in (select t.countryCode from CouncilTerm t where t.startsOn <= ?1 "
                    + "and (t.endsOn is null or t.endsOn >= ?1)) order by name", on).list();
        } else {
            List<String> codes = groups.members(group);
            targets = codes.isEmpty() ? List.of() : Target.list("countryCode in ?1 order by name", codes);
        }
        return views(targets);
    }

    /** The targets with these codes, in the order given; a code the directory does not have is a 400. */
    @Transactional
    public List<TargetView> byCodes(List<String> codes) {
        List<Target> found = Target.list("countryCode in ?1", codes);
        Map<String, Target> byCode = found.stream().collect(Collectors.toMap(t -> t.countryCode, t -> t));
        for (String code : codes) {
            if (!byCode.containsKey(code)) {
                throw new InvalidEntryException("targets", code + " is not a target of the directory");
            }
        }
        return views(codes.stream().distinct().map(byCode::get).toList());
    }

    @Transactional
    public TargetView get(UUID id) {
        Target target = Target.<Target> findByIdOptional(id)
                .orElseThrow(() -> new UnknownEntryException("There is no target with this id."));
        return views(List.of(target)).get(0);
    }

    @Transactional
    public TargetView create(TargetRequest request) {
        checkCode(request.code());
        if (Target.count("countryCode", request.code()) > 0) {
            throw new DirectoryConflictException("The directory already has a target for " + request.code() + ".");
        }
        Target target = new Target();
        target.id = UUID.randomUUID();
        target.createdAt = Instant.now();
        apply(target, request);
        target.persist();
        replaceContacts(target, request.contacts());
        audited("target.create", target, request);
        return get(target.id);
    }

    @Transactional
    public TargetView update(UUID id, TargetRequest request) {
        Target target = Target.<Target> findByIdOptional(id)
                .orElseThrow(() -> new UnknownEntryException("There is no target with this id."));
        checkCode(request.code());
        if (!target.countryCode.equals(request.code()) && Target.count("countryCode", request.code()) > 0) {
            throw new DirectoryConflictException("The directory already has a target for " + request.code() + ".");
        }
        apply(target, request);
        replaceContacts(target, request.contacts());
        audited("target.update", target, request);
        return get(target.id);
    }

    /** Contacts are named by their role and counted: their addresses are not the trail's business. */
    private void audited(String action, Target target, TargetRequest request) {
        audit.record(staff.name(), action, target.id.toString(), Map.of("code", target.countryCode,
                "contacts", request.contacts() == null ? 0 : request.contacts().size()));
    }

    static void checkCode(String code) {
        if (!ISO_CODES.contains(code)) {
            throw new InvalidEntryException("code", "is not an ISO 3166-1 alpha-2 country code");
        }
    }

    private static void apply(Target target, TargetRequest request) {
        target.countryCode = request.code();
        target.name = request.name().trim();
        target.locale = request.locale();
        target.updatedAt = Instant.now();
    }

    private void replaceContacts(Target target, List<ContactRequest> contacts) {
        Set<TargetContact.Role> roles = new HashSet<>();
        for (ContactRequest c : contacts) {
            if (!roles.add(c.role())) {
                throw new InvalidEntryException("contacts", "has two contacts with role " + c.role());
            }
        }
        TargetContact.delete("targetId", target.id);
        em.flush();
        for (ContactRequest c : contacts) {
            TargetContact contact = new TargetContact();
            contact.id = UUID.randomUUID();
            contact.targetId = target.id;
            contact.role = c.role();
            contact.name = c.name().trim();
            contact.title = c.title();
            contact.salutation = c.salutation().trim();
            contact.email = c.email().trim();
            contact.postalAddress = c.postalAddress();
            contact.persist();
        }
    }

    private List<TargetView> views(List<Target> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TargetContact>> contacts = TargetContact.<TargetContact> list("targetId in ?1",
                targets.stream().map(t -> t.id).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.targetId));
        return targets.stream().map(t -> new TargetView(t.id, t.countryCode, t.name, t.locale,
                contacts.getOrDefault(t.id, List.of()).stream()
                        .sorted(Comparator.comparing((TargetContact c) -> c.role))
                        .map(ContactRequest::of).toList()))
                .toList();
    }
}
