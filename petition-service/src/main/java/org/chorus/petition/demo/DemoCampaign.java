package org.chorus.petition.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.petition.ConsentTexts;
import org.chorus.petition.Demand;
import org.chorus.petition.Partner;
import org.chorus.petition.Petition;
import org.chorus.petition.Translation;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.events.PetitionPublished;
import org.chorus.petition.messaging.Topics;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the demo campaign (CAMPAIGN.md) on the local platform, once: a petition that already exists is left as
 * it is, and announced again (petition.published). Runs right after the database is migrated (DatabaseBootstrap),
 * before anyone can ask for it.
 */
@ApplicationScoped
public class DemoCampaign {

    static final String RESOURCE = "demo/myanmar-arms-embargo.json";
    static final String DEMO_PARTNER = "demo-partner";

    record Definition(String slug, String title, String summary, String body, List<Demand> demands, int goal,
            List<String> locales, String consentVersion, ConsentTexts consentTexts, Map<String, Translation> translations,
            List<String> sensitiveStates) {

        Definition {
            sensitiveStates = sensitiveStates == null ? List.of() : List.copyOf(sensitiveStates);
        }
    }

    private final PetitionConfig config;
    private final ObjectMapper mapper;
    private final Outbox outbox;

    public DemoCampaign(PetitionConfig config, ObjectMapper mapper, Outbox outbox) {
        this.config = config;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    @Transactional
    void publish(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Definition demo = read(mapper);
        Petition petition = Petition.findBySlug(demo.slug()).orElse(null);
        if (petition == null) {
            petition = petition(demo, Instant.now());
            petition.persist();
        } else {
            accuseAsDefined(petition, demo);
        }
        // Announced at every start, as if just published: the local Kafka starts empty while the databases stay,
        // and letter-service learns the demo's title and demands only from this event (its consumer takes it
        // again without harm).
        if (petition.status == Petition.Status.OPEN) {
            outbox.add(Topics.PETITIONS, PetitionPublished.TYPE, petition.id.toString(),
                    PetitionPublished.of(petition));
        }
        Log.infof("the demo petition %s is published", demo.slug());
        registerDemoPartner();
    }

    /**
     * The demo partner of API.md, whose embedding page the local platform serves on port 8090. Its Keycloak client
     * comes with the realm (realm-chorus.json), so none is created here. Inserted unless there, so that replicas
     * starting together cannot collide.
     */
    @Transactional
    void registerDemoPartner() {
        Partner.getEntityManager().createNativeQuery("""
                INSERT INTO partner (slug, name, allowed_origins, client_id, created_by)
                VALUES (:slug, 'Demo Partner', ARRAY['http://localhost:8090', 'http://127.0.0.1:8090'], :slug, 'demo')
                ON CONFLICT DO NOTHING""")
                .setParameter("slug", DEMO_PARTNER)
                .executeUpdate();
    }

    /**
     * A demo petition stored before it named its sensitive states gets them: naming one more only keeps names out of
     * letters, so it is safe on a petition people have signed, where nothing else may change.
     */
    private static void accuseAsDefined(Petition petition, Definition demo) {
        List<String> missing = demo.sensitiveStates().stream().filter(s -> !petition.sensitiveStates.contains(s))
                .toList();
        if (!missing.isEmpty()) {
            List<String> states = new ArrayList<>(petition.sensitiveStates);
            states.addAll(missing);
            petition.sensitiveStates = states;
            Log.infof("the demo petition %s now names its sensitive states %s", petition.slug, states);
        }
    }

    static Petition petition(Definition demo, Instant publishedAt) {
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.slug = demo.slug();
        p.title = demo.title();
        p.summary = demo.summary();
        p.body = demo.body();
        p.demands = demo.demands();
        p.consentTexts = demo.consentTexts();
        p.translations = demo.translations() == null ? new HashMap<>() : new HashMap<>(demo.translations());
        p.goal = demo.goal();
        p.locales = demo.locales();
        p.consentVersion = demo.consentVersion();
        p.sensitiveStates = new ArrayList<>(demo.sensitiveStates());
        p.status = Petition.Status.OPEN;
        p.publishedAt = publishedAt;
        p.updatedAt = publishedAt;
        return p;
    }

    static Definition read(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return mapper.readValue(in, Definition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
