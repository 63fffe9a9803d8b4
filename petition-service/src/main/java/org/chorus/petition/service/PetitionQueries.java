package org.chorus.petition.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.rest.dto.PetitionView;
import org.chorus.petition.rest.dto.TallyView;

/** Public reads of petitions and their tallies. */
@ApplicationScoped
public class PetitionQueries {

    private final TallyService tallies;

    public PetitionQueries(TallyService tallies) {
        this.tallies = tallies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Petition petition(String slug) {
        return Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PetitionView view(String slug, String locale) {
        Petition p = petition(slug);
        return PetitionView.of(p, locale, tallies.tally(p.id).total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TallyView tally(String slug) {
        return tallies.tally(petition(slug).id);
    }
}
