package org.chorus.letter.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.Petition;
import org.chorus.letter.events.PetitionPublished;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The petitions read model: what a letter quotes of its petition, in each language the petition has. */
@ApplicationScoped
public class Petitions {

    private static final TypeReference<Map<String, PetitionPublished.Texts>> TEXTS = new TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper mapper;

    public Petitions(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    public void recordPublished(UUID eventId, PetitionPublished published) {
        if (!ProcessedEvents.firstTime(em, eventId)) {
            return;
        }
        Map<String, PetitionPublished.Texts> texts = new LinkedHashMap<>();
        texts.put(published.defaultLocale(), new PetitionPublished.Texts(published.title(), published.demands()));
        if (published.translations() != null) {
            published.translations().forEach(texts::putIfAbsent);
        }
        Petition petition = Petition.<Petition> findByIdOptional(published.petitionId()).orElseGet(Petition::new);
        boolean isNew = petition.id == null;
        petition.id = published.petitionId();
        petition.slug = published.petitionSlug();
        petition.defaultLocale = published.defaultLocale();
        petition.texts = write(texts);
        petition.publishedAt = published.publishedAt() != null ? published.publishedAt() : Instant.now();
        petition.sensitiveStates = accused(petition.sensitiveStates, published.sensitiveStates());
        if (isNew) {
            petition.persist();
        }
    }

    /**
     * The states named before and those the event names: a petition's sensitive states cannot change once it is
     * published, so an event naming fewer can only be an older one, and a state once named stays named.
     */
    private static List<String> accused(List<String> known, List<String> named) {
        Set<String> states = new LinkedHashSet<>(known == null ? List.of() : known);
        if (named != null) {
            named.stream().filter(Objects::nonNull).map(s -> s.strip().toUpperCase(Locale.ROOT)).forEach(states::add);
        }
        return new ArrayList<>(states);
    }

    @Transactional
    public void recordClosed(UUID eventId, UUID petitionId, Instant closedAt) {
        if (!ProcessedEvents.firstTime(em, eventId)) {
            return;
        }
        Petition.<Petition> findByIdOptional(petitionId)
                .ifPresent(p -> p.closedAt = closedAt != null ? closedAt : Instant.now());
    }

    @Transactional
    public Optional<Petition> bySlug(String slug) {
        return Petition.find("slug", slug).firstResultOptional();
    }

    /** The petition's title and demands in {@code locale}, else in its default language. */
    public PetitionPublished.Texts textsIn(Petition petition, String locale) {
        Map<String, PetitionPublished.Texts> texts = read(petition.texts);
        return texts.getOrDefault(locale, texts.get(petition.defaultLocale));
    }

    private String write(Map<String, PetitionPublished.Texts> texts) {
        try {
            return mapper.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("petition texts cannot be written", e);
        }
    }

    private Map<String, PetitionPublished.Texts> read(String json) {
        try {
            return mapper.readValue(json, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored petition texts cannot be read", e);
        }
    }
}
