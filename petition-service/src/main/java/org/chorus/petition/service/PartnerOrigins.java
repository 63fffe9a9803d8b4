package org.chorus.petition.service;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.Partner;
import org.chorus.petition.config.PetitionConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The web origins each partner may embed petitions from, and its name, kept in memory: the embed page asks on every
 * request (frame-ancestors, the partner consent). Read again from the database when older than
 * chorus.petition.partners.origins-max-age, and at once on this replica when a partner is registered, so another
 * replica is at most that much behind.
 */
@ApplicationScoped
public class PartnerOrigins {

    private record Snapshot(Map<String, List<String>> byPartner, Map<String, String> names, Set<String> all,
            long loadedAtNanos) {
    }

    private final Duration maxAge;
    private volatile Snapshot snapshot;

    public PartnerOrigins(PetitionConfig config) {
        this.maxAge = config.partners().originsMaxAge();
    }

    /** The partner's allowed origins, or none for a partner that is not registered. */
    public List<String> allowedOrigins(String partnerSlug) {
        return current().byPartner().getOrDefault(partnerSlug, List.of());
    }

    /** The name of a registered partner; empty for any other slug. */
    public Optional<String> name(String partnerSlug) {
        return partnerSlug == null ? Optional.empty() : Optional.ofNullable(current().names().get(partnerSlug));
    }

    /** Every partner's allowed origins together. */
    public Set<String> allOrigins() {
        return current().all();
    }

    /** Each partner's allowed origins, by slug in alphabetical order. */
    public Map<String, List<String>> byPartner() {
        return current().byPartner();
    }

    /** Forgets what is cached: the next question reads the registry again. */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAtNanos() > maxAge.toNanos()) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private static Snapshot load() {
        long now = System.nanoTime();
        Map<String, List<String>> byPartner = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> Partner.bySlug().forEach(p -> {
            byPartner.put(p.slug, p.origins());
            names.put(p.slug, p.name);
        }));
        Set<String> all = new LinkedHashSet<>();
        byPartner.values().forEach(all::addAll);
        return new Snapshot(Collections.unmodifiableMap(byPartner), Collections.unmodifiableMap(names),
                Collections.unmodifiableSet(all), now);
    }
}
