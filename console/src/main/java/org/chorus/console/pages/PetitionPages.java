package org.chorus.console.pages;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.chorus.console.config.ConsoleConfig;
import org.chorus.console.security.ConsoleHeaders;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Petitions: the list, a new draft, editing, publishing and closing, over petition-service's staff API. */
@Path("/petitions")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PetitionPages {

    private final StaffApi api;
    private final ConsoleConfig config;
    private final Template list;
    private final Template form;
    private final Template detail;

    PetitionPages(StaffApi api, ConsoleConfig config, @Location("petitions.html") Template list,
            @Location("petition-form.html") Template form, @Location("petition.html") Template detail) {
        this.api = api;
        this.config = config;
        this.list = list;
        this.form = form;
        this.detail = detail;
    }

    @GET
    public TemplateInstance all() {
        return list.data("petitions", api.get(Service.PETITION, "/api/petitions").orThrow().list());
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        PetitionForm blank = new PetitionForm();
        blank.locales = "en";
        blank.consentVersion = "v1";
        return form.data("form", blank).data("problem", null).data("editing", false);
    }

    @POST
    public Response create(@BeanParam PetitionForm submitted, MultivaluedMap<String, String> fields) {
        submitted.translations = Translations.typed(fields);
        Map<String, Object> request = submitted.toRequest();
        if (submitted.formError != null) {
            return formAgain(submitted, new Problem(400, submitted.formError, "Nothing was saved.", java.util.List.of()),
                    false);
        }
        ApiAnswer answer = api.post(Service.PETITION, "/api/petitions", request);
        if (!answer.ok()) {
            return formAgain(submitted, answer.problem(), false);
        }
        return SeeOther.page("/petitions/" + answer.map().get("slug"));
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance one(@PathParam("slug") String slug) {
        Map<String, Object> petition = definition(slug);
        return detail.data("petition", petition).data("form", PetitionForm.of(petition)).data("problem", null)
                .data("publicUrl", config.publicUrl().toString()).data("letters", letters(slug));
    }

    @POST
    @Path("/{slug}")
    public Response update(@PathParam("slug") String slug, @BeanParam PetitionForm submitted,
            MultivaluedMap<String, String> fields) {
        submitted.slug = slug;
        submitted.translations = Translations.typed(fields);
        Map<String, Object> request = submitted.toRequest();
        if (submitted.formError != null) {
            return formAgain(submitted, new Problem(400, submitted.formError, "Nothing was saved.", java.util.List.of()),
                    true);
        }
        ApiAnswer answer = api.put(Service.PETITION, "/api/petitions/" + slug, request);
        if (!answer.ok()) {
            return formAgain(submitted, answer.problem(), true);
        }
        return SeeOther.page("/petitions/" + slug);
    }

    @POST
    @Path("/{slug}/publish")
    public Response publish(@PathParam("slug") String slug) {
        api.post(Service.PETITION, "/api/petitions/" + slug + "/publish", null).orThrow();
        return SeeOther.page("/petitions/" + slug);
    }

    @POST
    @Path("/{slug}/close")
    public Response close(@PathParam("slug") String slug) {
        api.post(Service.PETITION, "/api/petitions/" + slug + "/close", null).orThrow();
        return SeeOther.page("/petitions/" + slug);
    }

    /**
     * The petition's public page in one of its languages as petition-service renders it for staff, drafts included,
     * under a banner and with a form that signs nothing; passed on as it comes, under the public page's own policy.
     */
    @GET
    @Path("/{slug}/preview/{locale}")
    public Response preview(@PathParam("slug") String slug, @PathParam("locale") String locale) {
        StaffApi.Document page = api.document(Service.PETITION, "/api/petitions/" + encoded(slug) + "/preview?lang="
                + encoded(locale), MediaType.TEXT_HTML);
        return Response.ok(page.bytes(), page.contentType())
                .header("Content-Security-Policy", ConsoleHeaders.PETITION_PREVIEW_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("X-Robots-Tag", "noindex").build();
    }

    private static String encoded(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A letter's language: written or not, and whether a person has reviewed its text. */
    public record LetterLanguage(String locale, boolean written, boolean reviewed, String reviewedBy) {
    }

    /** The six UN languages, then any other the petition has a letter in. */
    private List<LetterLanguage> letters(String slug) {
        ApiAnswer answer = api.get(Service.LETTER, "/api/letters/templates/" + slug);
        Map<String, Map<?, ?>> written = new java.util.TreeMap<>();
        for (Object item : answer.ok() ? answer.list() : List.of()) {
            Map<?, ?> template = (Map<?, ?>) item;
            written.put(String.valueOf(template.get("locale")), template);
        }
        List<LetterLanguage> languages = new java.util.ArrayList<>();
        java.util.Set<String> locales = new java.util.LinkedHashSet<>(LetterTemplatePages.unLanguages());
        locales.addAll(written.keySet());
        for (String locale : locales) {
            Map<?, ?> template = written.get(locale);
            languages.add(template == null ? new LetterLanguage(locale, false, false, null)
                    : new LetterLanguage(locale, true, Boolean.TRUE.equals(template.get("reviewed")),
                            template.get("reviewedBy") == null ? null : template.get("reviewedBy").toString()));
        }
        return languages;
    }

    private Map<String, Object> definition(String slug) {
        return api.get(Service.PETITION, "/api/petitions/" + slug + "/definition").orThrow().map();
    }

    private Response formAgain(PetitionForm submitted, Problem problem, boolean editing) {
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 502;
        String html = form.data("form", submitted).data("problem", problem).data("editing", editing).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
