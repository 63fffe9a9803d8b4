package org.chorus.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
                "Show my name in letters.", null);
        p.goal = 100;
        p.status = status;
        p.locales = List.of("en", "my");
        p.consentVersion = "test-consent-1";
        p.persist();
        return p;
    }

    @Transactional
    public Petition createWithGoal(Petition.Status status, int goal) {
        Petition p = create(status);
        p.goal = goal;
        return p;
    }

    /** A petition in English (its default) and Burmese, as the demo campaign is. */
    @Transactional
    public Petition createInEnglishAndBurmese(Petition.Status status) {
        Petition p = create(status);
        p.translations.put("my", new Translation("မြန်မာ စမ်းသပ် တောင်းဆိုလွှာ", "စမ်းသပ်ရန် အကျဉ်းချုပ်။",
                "ဤတောင်းဆိုလွှာ အရေးကြီးသည့် အကြောင်း။",
                Map.of("first", "ပထမ တောင်းဆိုချက်", "second", "ဒုတိယ တောင်းဆိုချက်"),
                new ConsentTexts("ကျွန်ုပ်၏ လက်မှတ်ကို သိမ်းဆည်းပါ။", "သတင်းများ ပို့ပေးပါ။",
                        "အဖွဲ့အစည်းက ဆက်သွယ်နိုင်သည်။", "စာများတွင် ကျွန်ုပ်၏ အမည်ကို ဖော်ပြပါ။", null)));
        return p;
    }

    /** The demo campaign of CAMPAIGN.md, from the same file the local platform publishes, under a fresh slug. */
    @Transactional
    public Petition createDemo() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/myanmar-arms-embargo.json")) {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode demo = mapper.readTree(in);
            Petition p = create(Petition.Status.OPEN);
            p.title = demo.path("title").asText();
            p.summary = demo.path("summary").asText();
            p.body = demo.path("body").asText();
            p.demands = List.of(mapper.treeToValue(demo.path("demands"), Demand[].class));
            p.consentTexts = mapper.treeToValue(demo.path("consentTexts"), ConsentTexts.class);
            p.translations = new HashMap<>(Map.of("my", mapper.treeToValue(demo.path("translations").path("my"),
                    Translation.class)));
            p.goal = demo.path("goal").asInt();
            p.sensitiveStates = new ArrayList<>(List.of(mapper.treeToValue(demo.path("sensitiveStates"), String[].class)));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a petition's confirmed total as the tally listener would after that many confirmations. */
    @Transactional
    public void setTotal(UUID petitionId, long total) {
        Petition.getEntityManager().createNativeQuery("""
                INSERT INTO tally_count (petition_id, dimension, bucket, count, updated_at)
                VALUES (:p, 'total', 'all', :n, now())
                ON CONFLICT (petition_id, dimension, bucket) DO UPDATE SET count = :n""")
                .setParameter("p", petitionId).setParameter("n", total).executeUpdate();
    }

    @Transactional
    public Signature signature(UUID petitionId) {
        return Signature.find("petitionId", petitionId).singleResult();
    }

    @Transactional
    public Petition bySlug(String slug) {
        return Petition.findBySlug(slug).orElseThrow();
    }

    /** The states whose governments get no signer's name, as staff set them on a draft. */
    @Transactional
    public void setSensitiveStates(String slug, List<String> codes) {
        Petition.getEntityManager().createNativeQuery(
                "UPDATE petition SET sensitive_states = cast(:codes AS jsonb) WHERE slug = :slug")
                .setParameter("codes", json(codes)).setParameter("slug", slug).executeUpdate();
    }

    /** The petition's own words for "also to the government of my own country", in English and in Burmese. */
    @Transactional
    public void setNameToOwnGovernmentTexts(String slug, String english, String burmese) {
        Petition.getEntityManager().createNativeQuery("""
                UPDATE petition SET
                    consent_texts = consent_texts || jsonb_build_object('nameToOwnGovernment', cast(:en AS text)),
                    translations = jsonb_set(translations, '{my,consents,nameToOwnGovernment}', to_jsonb(cast(:my AS text)))
                WHERE slug = :slug""")
                .setParameter("en", english).setParameter("my", burmese).setParameter("slug", slug).executeUpdate();
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public long signatures(UUID petitionId, Signature.Status status) {
        return Signature.count("petitionId = ?1 and status = ?2", petitionId, status);
    }

    /** Every stored byte of the waiting events, read as text, to look for what must not be there. */
    @Transactional
    public String outboxText() {
        StringBuilder all = new StringBuilder();
        OutboxEvent.<OutboxEvent>listAll().forEach(e -> all.append(e.cloudEvent).append(
                e.cloudEventEncrypted == null ? "" : new String(e.cloudEventEncrypted, StandardCharsets.ISO_8859_1)));
        return all.toString();
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

    /** The id of the petition's (first) signature in this status. */
    @Transactional
    public UUID signatureId(UUID petitionId, Signature.Status status) {
        return Signature.<Signature> find("petitionId = ?1 and status = ?2", petitionId, status).list().stream()
                .findFirst().map(s -> s.id).orElseThrow();
    }

    /** How many dispatched batches are kept as having printed this signature's name (table sent_name). */
    @Transactional
    public long sentNames(UUID signatureId) {
        return ((Number) Signature.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM sent_name WHERE signature_id = :s")
                .setParameter("s", signatureId).getSingleResult()).longValue();
    }

    @Transactional
    public Signature onlySignature(UUID petitionId) {
        return Signature.<Signature>find("petitionId", petitionId).singleResult();
    }

    /** As if this petition's confirmation emails had been asked for an hour ago. */
    @Transactional
    public void ageConfirmationRequests(UUID petitionId) {
        Signature.update("confirmationSentAt = ?1 where petitionId = ?2", Instant.now().minusSeconds(3600),
                petitionId);
    }
}
