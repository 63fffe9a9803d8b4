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
        p.body = "Why this petition matters.";
        p.demands = List.of(new Demand("first", "First demand"), new Demand("second", "Second demand"));
        p.consentTexts = new ConsentTexts("Process my signature.", "Send me updates.", "The partner may contact me.",
                "Show my name in letters.");
        p.goal = 100;
        p.status = status;
        p.locales = List.of("en", "my");
        p.consentVersion = "test-consent-1";
        p.persist();
        return p;
    }

    @Transactional
    public Petition bySlug(String slug) {
        return Petition.findBySlug(slug).orElseThrow();
    }

    /** Moves a petition's closing time where the API would not let it go (into the past). */
    @Transactional
    public void setClosesAt(String slug, Instant closesAt) {
        Petition.update("closesAt = ?1 where slug = ?2", closesAt, slug);
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

    @Transactional
    public Signature onlySignature(UUID petitionId) {
        return Signature.<Signature>find("petitionId", petitionId).singleResult();
    }
}
