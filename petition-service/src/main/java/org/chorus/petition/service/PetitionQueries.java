package org.chorus.petition.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.rest.dto.PetitionView;
import org.chorus.petition.rest.dto.TallyView;

import io.smallrye.mutiny.Multi;

/** Reads of petitions and their tallies: the public ones, and any petition for a staff member's preview. */
@ApplicationScoped
public class PetitionQueries {

    private final LiveTallies tallies;
    /** Slugs of petitions whose tally somebody streams; a slug never moves to another petition once published. */
    private final Map<String, UUID> idsBySlug = new ConcurrentHashMap<>();

    public PetitionQueries(LiveTallies tallies) {
        this.tallies = tallies;
    }

    /** A published (open or closed) petition: a draft is nobody's business but its staff's, so it is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Petition petition(String slug) {
        return Petition.findBySlug(slug).filter(p -> p.status != Petition.Status.DRAFT)
                .orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    /** A petition whatever its status, drafts included: only for staff, whose preview shows it as it will be seen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Petition anyStatus(String slug) {
        return Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PetitionView view(String slug, String locale) {
        Petition p = petition(slug);
        return PetitionView.of(p, locale, tallies.current(p.id).total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TallyView tally(String slug) {
        return tallies.current(petition(slug).id);
    }

    /** The tally stream of a petition; a petition somebody already watches is streamed from memory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Multi<TallyView> tallyStream(String slug) {
        UUID known = idsBySlug.get(slug);
        Optional<Multi<TallyView>> fromMemory = known == null ? Optional.empty() : tallies.streamFromMemory(known);
        return fromMemory.orElseGet(() -> {
            UUID id = petition(slug).id;
            idsBySlug.put(slug, id);
            return tallies.stream(id);
        });
    }
}
