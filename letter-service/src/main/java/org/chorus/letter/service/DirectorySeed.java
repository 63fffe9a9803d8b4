package org.chorus.letter.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.chorus.letter.directory.CouncilTerm;
import org.chorus.letter.directory.Target;
import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.rest.dto.GroupRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty directory once: the 193 UN member states (code, name, letter language), the Security Council terms
 * of CAMPAIGN.md (the five permanent members, and the elected members of 2025-2027), and the group {@code asean}.
 * Where {@code chorus.letter.directory.demo-contacts} is on (local platform, tests) every state also gets a foreign
 * ministry and a UN mission at example.org, which no real ministry reads. After that the directory is staff's.
 */
@ApplicationScoped
public class DirectorySeed {

    private record State(String code, String name, String locale, boolean asean) {
    }

    private record Term(String code, LocalDate startsOn, LocalDate endsOn) {
    }

    private final ObjectMapper mapper;
    private final TargetGroups groups;
    private final boolean demoContacts;

    public DirectorySeed(ObjectMapper mapper, TargetGroups groups,
            @ConfigProperty(name = "chorus.letter.directory.demo-contacts", defaultValue = "false") boolean demoContacts) {
        this.mapper = mapper;
        this.groups = groups;
        this.demoContacts = demoContacts;
    }

    /** After DatabaseBootstrap (PLATFORM_BEFORE) has migrated the schema. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        seedIfEmpty();
    }

    @Transactional
    void seedIfEmpty() {
        if (Target.count() > 0) {
            return;
        }
        List<State> states = read("directory/un-member-states.json", new TypeReference<>() { });
        Instant now = Instant.now();
        for (State state : states) {
            Target target = new Target();
            target.id = UUID.randomUUID();
            target.countryCode = state.code();
            target.name = state.name();
            target.locale = state.locale();
            target.createdAt = now;
            target.updatedAt = now;
            target.persist();
            if (demoContacts) {
                demoContact(target, TargetContact.Role.FOREIGN_MINISTRY, "Minister for Foreign Affairs",
                        "foreign-ministry", "Ministry of Foreign Affairs of " + state.name());
                demoContact(target, TargetContact.Role.UN_MISSION, "Permanent Representative to the United Nations",
                        "un-mission", "Permanent Mission of " + state.name() + " to the United Nations, New York");
            }
        }
        for (Term term : read("directory/security-council-terms.json", new TypeReference<List<Term>>() { })) {
            CouncilTerm row = new CouncilTerm();
            row.id = UUID.randomUUID();
            row.countryCode = term.code();
            row.startsOn = term.startsOn();
            row.endsOn = term.endsOn();
            row.persist();
        }
        Target.flush();
        groups.store("asean", new GroupRequest("Association of Southeast Asian Nations",
                states.stream().filter(State::asean).map(State::code).toList()));
        Log.infof("target directory filled: %d states, the Security Council terms and group asean%s", states.size(),
                demoContacts ? ", with example.org contacts" : "");
    }

    private static void demoContact(Target target, TargetContact.Role role, String title, String mailbox,
            String postalAddress) {
        TargetContact contact = new TargetContact();
        contact.id = UUID.randomUUID();
        contact.targetId = target.id;
        contact.role = role;
        contact.name = title + " of " + target.name;
        contact.title = title;
        contact.salutation = "Excellency";
        contact.email = mailbox + "@" + target.countryCode.toLowerCase(Locale.ROOT) + ".example.org";
        contact.postalAddress = postalAddress;
        contact.persist();
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
