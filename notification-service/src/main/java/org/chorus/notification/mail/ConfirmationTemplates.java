package org.chorus.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.events.SignatureSubmitted;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders the confirmation email in the signer's language, English where we have no translation. The HTML part
 * is a Qute {@code .html} template, so every value in it is escaped: a name with markup shows as text.
 */
@ApplicationScoped
public class ConfirmationTemplates {

    static final String FALLBACK_LOCALE = "en";
    static final Set<String> LOCALES = Set.of("en", "my");

    private final Engine engine;
    private final String publicUrl;

    public ConfirmationTemplates(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.publicUrl = stripTrailingSlash(config.publicUrl());
        LOCALES.forEach(locale -> {
            template(locale, "subject.txt");
            template(locale, "body.txt");
            template(locale, "body.html");
        });
    }

    public RenderedEmail render(SignatureSubmitted s) {
        String locale = supported(s.locale());
        Links links = new Links(link("/confirm", s.confirmToken(), locale), link("/withdraw", s.withdrawToken(), locale),
                s.confirmExpiresAt() == null ? null : s.confirmExpiresAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        String subject = oneLine(fill(template(locale, "subject.txt"), s, links).render());
        String text = fill(template(locale, "body.txt"), s, links).render();
        String html = fill(template(locale, "body.html"), s, links).render();
        return new RenderedEmail(subject, text, html, locale);
    }

    /** {@code my-MM} and {@code my_MM} are Burmese; a language we do not write in gets English. */
    static String supported(String locale) {
        if (locale == null || locale.isBlank()) {
            return FALLBACK_LOCALE;
        }
        String language = locale.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LOCALES.contains(language) ? language : FALLBACK_LOCALE;
    }

    /** Every email carries a withdraw link next to its confirm link. */
    private record Links(String confirmUrl, String withdrawUrl, String expiresOn) {
    }

    /** The page opens in the email's language. */
    private String link(String page, String token, String locale) {
        return publicUrl + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + locale;
    }

    private static TemplateInstance fill(Template template, SignatureSubmitted s, Links links) {
        return template.data("name", s.name().trim())
                .data("petitionTitle", s.petitionTitle().trim())
                .data("confirmUrl", links.confirmUrl())
                .data("withdrawUrl", links.withdrawUrl())
                .data("expiresOn", links.expiresOn());
    }

    private Template template(String locale, String part) {
        String id = "emails/confirmation/" + locale + "/" + part;
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
