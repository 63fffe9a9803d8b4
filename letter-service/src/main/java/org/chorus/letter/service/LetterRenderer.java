package org.chorus.letter.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;

/**
 * Renders staff's letter templates. The body is HTML, so every value is escaped (a name with markup prints as
 * text); the subject is plain text on one line. A template that does not parse, or names a value a letter does not
 * have, is a TemplateErrorException with the line: never a broken letter.
 */
@ApplicationScoped
public class LetterRenderer {

    private final Engine engine;

    public LetterRenderer(Engine engine) {
        this.engine = engine;
    }

    /** Renders both parts with {@code model}, as a check or for a real letter. */
    public Rendered render(String subject, String body, Map<String, Object> model) {
        String renderedSubject = render("subject", subject, Variant.forContentType(Variant.TEXT_PLAIN), model)
                .replaceAll("[\\r\\n]+", " ").trim();
        String renderedBody = render("body", body, Variant.forContentType(Variant.TEXT_HTML), model);
        return new Rendered(renderedSubject, renderedBody);
    }

    /** A letter's subject and HTML. */
    public record Rendered(String subject, String html) {
    }

    private String render(String field, String source, Variant variant, Map<String, Object> model) {
        Template template;
        try {
            template = engine.parse(source, variant);
        } catch (TemplateException e) {
            throw new TemplateErrorException(field, describe(e));
        }
        try {
            return template.data(model).render();
        } catch (TemplateException e) {
            throw new TemplateErrorException(field, describe(e));
        }
    }

    private static String describe(TemplateException e) {
        String line = e.getOrigin() == null ? "" : "line " + e.getOrigin().getLine() + ": ";
        String message = e.getMessage() == null ? "the template is not valid" : e.getMessage();
        // Qute's message begins with the template's generated id and position, which mean nothing to staff
        int rendered = message.indexOf("]: ");
        return line + (rendered >= 0 && rendered < 120 ? message.substring(rendered + 3) : message).strip();
    }
}
