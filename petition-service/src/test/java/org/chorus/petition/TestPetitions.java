package org.chorus.petition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Creates petitions straight in the database, for tests of what happens to them. */
@ApplicationScoped
public class TestPetitions {

    @Transactional
    public Petition create(Petition.Status status) {
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.slug = "test-" + p.id.toString().substring(0, 8);
        p.title = "Test petition";
        p.summary = "A petition for tests.";
        p.demands = List.of("First demand", "Second demand");
        p.goal = 100;
        p.status = status;
        p.locales = List.of("en", "my");
        p.consentVersion = "test-consent-1";
        p.persist();
        return p;
    }

    @Transactional
    public long signatures(UUID petitionId) {
        return Signature.count("petitionId", petitionId);
    }

    @Transactional
    public long outboxSize() {
        return OutboxEvent.count();
    }

    @Transactional
    public void expireConfirmation(UUID petitionId) {
        Signature.update("confirmExpiresAt = ?1 where petitionId = ?2", Instant.now().minusSeconds(1),
                petitionId);
    }
}
