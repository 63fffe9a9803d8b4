package org.chorus.petition.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.Petition;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What signing needs of an open petition, kept in memory for a second: during a spike, reading the petition row for
 * each signature would cost more than storing the signature. Only open petitions are kept, so a publish is seen at
 * once; a close is enforced where signatures are stored (SignatureStatements locks the open petitions).
 */
@ApplicationScoped
public class SigningPetitions {

    private static final long KEEP_NANOS = 1_000_000_000L;

    /** An open petition as signing sees it: the title of each of its locales goes into the confirmation email. */
    public record OpenPetition(UUID id, String slug, String consentVersion, Instant closesAt, String defaultTitle,
            Map<String, String> titles, long loadedAtNanos) {

        public String title(String locale) {
            return titles.getOrDefault(locale, defaultTitle);
        }

        boolean isOpenAt(Instant when) {
            return closesAt == null || when.isBefore(closesAt);
        }
    }

    private final Map<String, OpenPetition> open = new ConcurrentHashMap<>();

    /** @throws PetitionNotFoundException or PetitionNotOpenException */
    public OpenPetition open(String slug) {
        OpenPetition cached = open.get(slug);
        if (cached == null || System.nanoTime() - cached.loadedAtNanos() > KEEP_NANOS) {
            cached = load(slug);
        }
        if (!cached.isOpenAt(Instant.now())) {
            throw new PetitionNotOpenException(slug);
        }
        return cached;
    }

    private OpenPetition load(String slug) {
        OpenPetition loaded = QuarkusTransaction.joiningExisting().call(() -> {
            Petition p = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
            if (!p.isOpen()) {
                open.remove(slug);
                throw new PetitionNotOpenException(slug);
            }
            Map<String, String> titles = new HashMap<>();
            for (String locale : p.locales == null ? java.util.List.<String>of() : p.locales) {
                titles.put(locale, p.text(locale).title());
            }
            return new OpenPetition(p.id, p.slug, p.consentVersion, p.closesAt, p.text(null).title(), Map.copyOf(titles),
                    System.nanoTime());
        });
        open.put(slug, loaded);
        return loaded;
    }
}
