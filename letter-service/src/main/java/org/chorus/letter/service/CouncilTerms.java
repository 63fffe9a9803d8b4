package org.chorus.letter.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.letter.directory.CouncilTerm;
import org.chorus.letter.directory.Target;
import org.chorus.letter.rest.dto.CouncilTermRequest;

/** Security Council membership as terms with dates, which staff keep up to date as elections come and go. */
@ApplicationScoped
public class CouncilTerms {

    private final AuditTrail audit;
    private final StaffActor staff;

    public CouncilTerms(AuditTrail audit, StaffActor staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    public List<CouncilTermRequest.View> all() {
        return CouncilTerm.<CouncilTerm> list("order by startsOn, countryCode").stream().map(CouncilTerms::view).toList();
    }

    @Transactional
    public CouncilTermRequest.View add(CouncilTermRequest request) {
        if (Target.count("countryCode", request.code()) == 0) {
            throw new InvalidEntryException("code", request.code() + " is not a target of the directory");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new InvalidEntryException("endsOn", "must not be before startsOn");
        }
        long overlapping = CouncilTerm.count("countryCode = ?1 and (endsOn is null or endsOn >= ?2)"
                + (request.endsOn() == null ? "" : " and startsOn <= ?3"),
                request.endsOn() == null ? new Object[] { request.code(), request.startsOn() }
                        : new Object[] { request.code(), request.startsOn(), request.endsOn() });
        if (overlapping > 0) {
            throw new DirectoryConflictException(request.code() + " already has a term on some of these dates.");
        }
        CouncilTerm term = new CouncilTerm();
        term.id = UUID.randomUUID();
        term.countryCode = request.code();
        term.startsOn = request.startsOn();
        term.endsOn = request.endsOn();
        term.persist();
        audit.record(staff.name(), "council-term.add", term.id.toString(), Map.of("code", term.countryCode,
                "startsOn", term.startsOn.toString(), "endsOn", String.valueOf(term.endsOn)));
        return view(term);
    }

    @Transactional
    public void remove(UUID id) {
        CouncilTerm term = CouncilTerm.<CouncilTerm> findByIdOptional(id)
                .orElseThrow(() -> new UnknownEntryException("There is no Council term with this id."));
        term.delete();
        audit.record(staff.name(), "council-term.remove", id.toString(), Map.of("code", term.countryCode,
                "startsOn", term.startsOn.toString(), "endsOn", String.valueOf(term.endsOn)));
    }

    private static CouncilTermRequest.View view(CouncilTerm t) {
        return new CouncilTermRequest.View(t.id, t.countryCode, t.startsOn, t.endsOn);
    }
}
