package org.chorus.console.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.ProblemException;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.chorus.console.security.ConsoleHeaders;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A petition's letter in one language: its subject and Qute HTML, saved through letter-service (which refuses a
 * template that does not compile, naming the line), and a preview for a chosen target with the signatures confirmed
 * until now: of the saved text, or of the text as it stands in the editor, not saved.
 */
@Path("/petitions/{slug}/letters/{locale}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LetterTemplatePages {

    static final String STARTER = """
            <p>{recipient.salutation}</p>
            <p>{counts.total} people from {counts.countries} countries ask {target.name} to act: {petition.title}.</p>
            <ol>{#for d in petition.demands}<li>{d.text}</li>{/for}</ol>
            <p>The list of signatures is sealed by the manifest {manifest.root}.</p>
            """;

    private final StaffApi api;
    private final Template page;
    private final Template previewError;

    LetterTemplatePages(StaffApi api, @Location("letter-template.html") Template page,
            @Location("letter-preview-error.html") Template previewError) {
        this.api = api;
        this.page = page;
        this.previewError = previewError;
    }

    @GET
    public TemplateInstance get(@PathParam("slug") String slug, @PathParam("locale") String locale,
            @QueryParam("target") String target) {
        ApiAnswer stored = api.get(Service.LETTER, templatePath(slug, locale));
        if (!stored.ok() && stored.status() != 404) {
            stored.orThrow();
        }
        boolean exists = stored.ok();
        Map<String, Object> template = stored.map();
        return page.data("slug", slug).data("locale", locale).data("exists", exists)
                .data("subject", exists ? template.get("subject") : "{counts.total} people ask you to act")
                .data("body", exists ? template.get("body") : STARTER)
                .data("template", template).data("target", targetOrFrance(target))
                .data("problem", null).data("failing", null);
    }

    /**
     * A refused text is shown again as typed, with letter-service's words and, for a template error, the text's
     * lines numbered with the failing one marked.
     */
    @POST
    public Response save(@PathParam("slug") String slug, @PathParam("locale") String locale,
            @RestForm String subject, @RestForm String body, @RestForm String target) {
        ApiAnswer saved = api.put(Service.LETTER, templatePath(slug, locale), draft(subject, body));
        if (saved.ok()) {
            return SeeOther.page("/petitions/" + slug + "/letters/" + locale);
        }
        Problem problem = saved.problem();
        if (problem.status() == 401 || problem.status() == 403) {
            throw new ProblemException(problem);
        }
        String html = page.data("slug", slug).data("locale", locale).data("exists", false).data("subject", subject)
                .data("body", body).data("template", Map.of()).data("target", targetOrFrance(target))
                .data("problem", problem).data("failing", TemplateErrorText.of(problem, subject, body))
                .render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .build();
    }

    /** A person vouches for the text they read: letter-service refuses if it changed since the page showed it. */
    @POST
    @Path("/review")
    public Response review(@PathParam("slug") String slug, @PathParam("locale") String locale,
            @RestForm String textSha256) {
        api.post(Service.LETTER, templatePath(slug, locale) + "/review",
                Map.of("textSha256", textSha256 == null ? "" : textSha256)).orThrow();
        return SeeOther.page("/petitions/" + slug + "/letters/" + locale);
    }

    /** The letter as letter-service renders it now for this target, in its own sandboxed page. */
    @GET
    @Path("/preview")
    public Response preview(@PathParam("slug") String slug, @PathParam("locale") String locale,
            @QueryParam("target") String target) {
        String code = target != null && target.matches("[A-Z]{2}") ? target : "FR";
        StaffApi.Document letter = api.document(Service.LETTER, templatePath(slug, locale) + "/preview?target=" + code,
                MediaType.TEXT_HTML);
        return letterPage(letter);
    }

    /**
     * The editor's text as it stands, not saved, rendered by letter-service for the chosen target: the editor's
     * Preview button posts here into the preview frame (and letter-editor.js does again as the person types). A
     * refusal, such as a template error, is a small page in the frame with the service's words and the failing line
     * marked, under the letter's own policy, since the console's would not let the frame show it.
     */
    @POST
    @Path("/preview")
    public Response previewDraft(@PathParam("slug") String slug, @PathParam("locale") String locale,
            @RestForm String subject, @RestForm String body, @RestForm String target) {
        String code = target == null ? "" : target.strip().toUpperCase(Locale.ROOT);
        Problem refused;
        if (code.matches("[A-Z]{2}")) {
            try {
                return letterPage(api.document(Service.LETTER, templatePath(slug, locale) + "/preview?target=" + code,
                        draft(subject, body), MediaType.TEXT_HTML));
            } catch (ProblemException e) {
                refused = e.problem();
            }
        } else {
            refused = new Problem(400, "The target must be an ISO code such as FR",
                    "Choose whom the letter is previewed for.", List.of());
        }
        String html = previewError.data("problem", refused)
                .data("failing", TemplateErrorText.of(refused, subject, body)).render();
        return Response.status(refused.status() >= 400 ? refused.status() : 502)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Security-Policy", ConsoleHeaders.LETTER_POLICY).build();
    }

    private static Response letterPage(StaffApi.Document letter) {
        return Response.ok(letter.bytes(), letter.contentType())
                .header("Content-Security-Policy", ConsoleHeaders.LETTER_POLICY).build();
    }

    private static Map<String, String> draft(String subject, String body) {
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("subject", subject == null ? "" : subject);
        draft.put("body", body == null ? "" : body);
        return draft;
    }

    private static String targetOrFrance(String target) {
        return target == null || target.isBlank() ? "FR" : target;
    }

    private static String templatePath(String slug, String locale) {
        return "/api/letters/templates/" + slug + "/" + locale;
    }

    static List<String> unLanguages() {
        return List.of("en", "fr", "es", "ru", "zh", "ar");
    }
}
