package org.chorus.letter.service;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.letter.messaging.Topics;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;

/**
 * Renders staff's letter templates, for the check when they are saved, the preview and every letter of a batch
 * (which the PDF and the email carry): always in the SandboxedEngine, where a template sees only the letter's
 * values, never the application's Qute engine. The body is HTML, so every value is escaped (a name with markup
 * prints as text); the subject is plain text on one line. A template that does not parse, names a value a letter
 * does not have, reaches for anything else, or does too much work is a TemplateErrorException with the line: never
 * a broken letter, never a 500.
 */
@ApplicationScoped
public class LetterRenderer {

    /** No letter can be longer than the event that carries it to notification-service. */
    static final int MAX_CHARS = Topics.LETTERS_MAX_MESSAGE_BYTES;
    private static final Pattern JAVA_CLASS = Pattern.compile(
            "(?:the base object )?\"?\\b(?:java|javax|jdk|io|org|com)\\.[\\w.$]+\"?");

    private final Engine engine = SandboxedEngine.create();

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
        try {
            return bounded(engine.parse(source, variant), model);
        } catch (TemplateException e) {
            throw new TemplateErrorException(field, describe(e), line(e), column(e));
        } catch (StackOverflowError e) {
            // Qute parses and evaluates nested sections, brackets and conditions recursively: the stack is the bound
            throw new TemplateErrorException(field, "sections, brackets or conditions are nested too deeply");
        } catch (RuntimeException e) {
            // what a value itself throws, such as {petition.demands.get(9)} beyond the list's end
            throw new TemplateErrorException(field, "a value the template asks for cannot be had from a letter's values");
        }
    }

    /** Renders with a fresh RenderBudget, and stops as soon as the letter would be longer than it can be sent. */
    private static String bounded(Template template, Map<String, Object> model) {
        StringBuilder letter = new StringBuilder();
        try {
            template.data(model).setAttribute(RenderBudget.attribute(), new RenderBudget()).consume(part -> {
                if (letter.length() + part.length() > MAX_CHARS) {
                    throw new TemplateException("the letter would be longer than the " + MAX_CHARS
                            + " characters a letter can be sent with");
                }
                letter.append(part);
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        return letter.toString();
    }

    /** Where Qute says the error is, when it says so (its origin's line counts from 1). */
    private static Integer line(TemplateException e) {
        return e.getOrigin() == null || causedBy(e, StackOverflowError.class) || e.getOrigin().getLine() < 1 ? null
                : e.getOrigin().getLine();
    }

    private static Integer column(TemplateException e) {
        return line(e) == null || e.getOrigin().getLineCharacterStart() < 1 ? null
                : e.getOrigin().getLineCharacterStart();
    }

    private static String describe(TemplateException e) {
        if (causedBy(e, StackOverflowError.class)) {
            return "sections, brackets or conditions are nested too deeply";
        }
        String line = e.getOrigin() == null ? "" : "line " + e.getOrigin().getLine() + ": ";
        String message = e.getMessage() == null ? "the template is not valid" : e.getMessage();
        // Qute's message begins with the template's generated id and position, which mean nothing to staff
        int rendered = message.indexOf("]: ");
        message = rendered >= 0 && rendered < 120 ? message.substring(rendered + 3) : message;
        message = message.replaceFirst("^(Rendering|Parser) error: ", "");
        return line + withoutJavaClasses(message).strip();
    }

    /** "not found on the base object "java.lang.String"" becomes "not found on a text": no Java class in answers. */
    private static String withoutJavaClasses(String message) {
        Matcher classes = JAVA_CLASS.matcher(message);
        StringBuilder plain = new StringBuilder();
        while (classes.find()) {
            classes.appendReplacement(plain, kind(classes.group()));
        }
        return classes.appendTail(plain).toString();
    }

    private static String kind(String javaClass) {
        if (javaClass.contains("String")) {
            return "a text";
        }
        if (javaClass.matches(".*(Long|Integer|Short|Byte|Double|Float|Big\\w+)\"?")) {
            return "a number";
        }
        if (javaClass.contains("Map")) {
            return "a map";
        }
        if (javaClass.contains("List") || javaClass.contains("Set") || javaClass.contains("Collection")) {
            return "a list";
        }
        return "a value";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
