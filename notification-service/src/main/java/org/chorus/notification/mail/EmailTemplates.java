package org.chorus.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.config.NotificationConfig;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The emails' Qute templates: {@code emails/<kind>/<locale>/} holds a subject, a plain-text and an HTML body. The
 * HTML body is an {@code .html} template, so every value in it is escaped: a name with markup shows as text. A
 * signer's language we do not write in gets English. Every template is looked up at start, so a missing one stops
 * the service instead of an email.
 */
@ApplicationScoped
public class EmailTemplates {

    static final String FALLBACK_LOCALE = "en";
    static final Set<String> LOCALES = Set.of("en", "my");
    static final List<String> KINDS = List.of("confirmation", "thank-you", "milestone", "delivered");
    private static final List<String> PARTS = List.of("subject.txt", "body.txt", "body.html");

    private final Engine engine;
    private final String publicUrl;

    public EmailTemplates(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.publicUrl = stripTrailingSlash(config.publicUrl());
        KINDS.forEach(kind -> LOCALES.forEach(locale -> PARTS.forEach(part -> template(kind, locale, part))));
    }

    /** Renders the email {@code kind} in {@code locale} (which must be one of {@link #supported}'s answers). */
    public RenderedEmail render(String kind, String locale, Map<String, Object> values) {
        String subject = oneLine(fill(template(kind, locale, "subject.txt"), values).render());
        String text = fill(template(kind, locale, "body.txt"), values).render();
        String html = fill(template(kind, locale, "body.html"), values).render();
        return new RenderedEmail(subject, text, html, locale);
    }

    /** {@code my-MM} and {@code my_MM} are Burmese; a language we do not write in gets English. */
    public static String supported(String locale) {
        if (locale == null || locale.isBlank()) {
            return FALLBACK_LOCALE;
        }
        String language = locale.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LOCALES.contains(language) ? language : FALLBACK_LOCALE;
    }

    /** A link to a public page that takes a token; the page opens in the email's language. */
    public String tokenLink(String page, String token, String locale) {
        return publicUrl + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + locale;
    }

    /** A petition's public page in the email's language. */
    public String petitionLink(String slug, String locale) {
        return publicUrl + "/p/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "?lang=" + locale;
    }

    /** Where a signer gets their receipt for a batch that counted their signature (letter-service, public). */
    public String receiptLink(Object batchId, UUID signatureId) {
        return publicUrl + "/api/letters/batches/" + URLEncoder.encode(String.valueOf(batchId), StandardCharsets.UTF_8)
                + "/receipts/" + signatureId;
    }

    private static TemplateInstance fill(Template template, Map<String, Object> values) {
        TemplateInstance instance = template.instance();
        values.forEach(instance::data);
        return instance;
    }

    private Template template(String kind, String locale, String part) {
        String id = "emails/" + kind + "/" + locale + "/" + part;
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("template " + id + " is missing");
        }
        return template;
    }

    /** A header is one line: a title with a line break must not add headers of its own. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").trim();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
