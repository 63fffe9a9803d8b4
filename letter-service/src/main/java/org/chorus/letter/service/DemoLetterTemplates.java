package org.chorus.letter.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.chorus.letter.LetterTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The local platform's demo campaign has its letter in the six UN official languages (API.md, Local demo), so that
 * each Security Council member gets it in its own. They are stored once, when missing; from then on they are staff's
 * to edit. The English one is the original and counts as reviewed; the others are machine translations that wait
 * for a person to review them (LetterTemplates.review). Off outside the local platform.
 */
@ApplicationScoped
public class DemoLetterTemplates {

    public static final String DEMO_PETITION = "myanmar-arms-embargo";
    /** Who stored the demo templates, and reviewed the English original. */
    public static final String DEMO_USER = "demo";
    public static final String ORIGINAL_LOCALE = "en";
    public static final Map<String, String> SUBJECTS = Map.of(
            "ar", "{counts.total} شخصًا يطالبونكم بالتحرك من أجل ميانمار",
            "en", "{counts.total} people ask you to act for Myanmar: {petition.title}",
            "es", "{counts.total} personas le piden que actúe por Myanmar",
            "fr", "{counts.total} personnes vous demandent d'agir pour le Myanmar",
            "ru", "{counts.total} человек просят вас действовать ради Мьянмы",
            "zh", "{counts.total} 人呼吁您为缅甸采取行动");

    private final boolean demoData;

    public DemoLetterTemplates(@ConfigProperty(name = "chorus.letter.demo-data", defaultValue = "false") boolean demoData) {
        this.demoData = demoData;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 20) StartupEvent event) {
        if (demoData) {
            storeIfMissing();
        }
    }

    @Transactional
    public void storeIfMissing() {
        SUBJECTS.forEach((locale, subject) -> {
            if (LetterTemplate.findByIdOptional(new LetterTemplate.Key(DEMO_PETITION, locale)).isPresent()) {
                return;
            }
            LetterTemplate template = new LetterTemplate();
            template.petitionSlug = DEMO_PETITION;
            template.locale = locale;
            template.subject = subject;
            template.body = body(locale);
            template.updatedAt = Instant.now();
            template.updatedBy = DEMO_USER;
            if (locale.equals(ORIGINAL_LOCALE)) {
                template.reviewedAt = template.updatedAt;
                template.reviewedBy = DEMO_USER;
            }
            template.persist();
            Log.infof("stored the demo letter template in %s", locale);
        });
    }

    public static String body(String locale) {
        String resource = "demo/letter-template-" + locale + ".html";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
