package org.chorus.console.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Partner organizations: registering one (its client secret and webhook secret are shown once, on the page that
 * answers the registration, and never again), its allowed origins (replaced from a form), its webhook and the log of
 * its deliveries with retry, and its statistics.
 */
@Path("/partners")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PartnerPages {

    private final StaffApi api;
    private final Template list;
    private final Template detail;
    private final Template secrets;

    PartnerPages(StaffApi api, @Location("partners.html") Template list, @Location("partner.html") Template detail,
            @Location("partner-secrets.html") Template secrets) {
        this.api = api;
        this.list = list;
        this.detail = detail;
        this.secrets = secrets;
    }

    @GET
    public TemplateInstance all() {
        return list.data("partners", api.get(Service.PETITION, "/api/partners").orThrow().list()).data("problem", null)
                .data("form", Map.of());
    }

    @POST
    public Response register(@RestForm String slug, @RestForm String name, @RestForm String allowedOrigins,
            @RestForm String contact, @RestForm String webhookUrl) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("slug", slug == null ? null : slug.trim());
        request.put("name", name);
        request.put("allowedOrigins", allowedOrigins == null ? List.of()
                : Arrays.stream(allowedOrigins.split("[\\s,]+")).filter(o -> !o.isBlank()).toList());
        request.put("contact", contact);
        request.put("webhookUrl", webhookUrl);
        ApiAnswer registered = api.post(Service.PETITION, "/api/partners", request);
        if (!registered.ok()) {
            Map<String, Object> typed = new LinkedHashMap<>(request);
            typed.put("origins", allowedOrigins);
            String html = list.data("partners", api.get(Service.PETITION, "/api/partners").orThrow().list())
                    .data("problem", registered.problem()).data("form", typed).render();
            return Response.status(registered.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(html).build();
        }
        return Response.ok(secrets.data("partner", registered.map()).data("registered", true).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance one(@PathParam("slug") String slug) {
        Map<String, Object> partner = partner(slug);
        List<?> origins = partner.get("allowedOrigins") instanceof List<?> list ? list : List.of();
        return page(slug, partner, String.join("\n", origins.stream().map(String::valueOf).toList()), null);
    }

    /**
     * Replaces the partner's allowed origins with the textarea's lines (blank ones dropped); petition-service checks
     * each as at registration, and its refusal is shown with the text as typed, to be corrected.
     */
    @POST
    @Path("/{slug}/origins")
    public Response replaceOrigins(@PathParam("slug") String slug, @RestForm String allowedOrigins) {
        String typed = allowedOrigins == null ? "" : allowedOrigins;
        List<String> lines = typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        ApiAnswer answer = api.put(Service.PETITION, "/api/partners/" + slug + "/origins",
                Map.of("allowedOrigins", lines));
        if (answer.ok()) {
            return SeeOther.page("/partners/" + slug);
        }
        int status = answer.status() >= 400 && answer.status() < 500 ? answer.status() : 502;
        String html = page(slug, partner(slug), typed, answer.problem()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private Map<String, Object> partner(String slug) {
        return api.get(Service.PETITION, "/api/partners/" + slug).orThrow().map();
    }

    /** @param originsText what the origins form shows: the stored origins, or what was typed and refused */
    private TemplateInstance page(String slug, Map<String, Object> partner, String originsText, Problem problem) {
        ApiAnswer stats = api.get(Service.PETITION, "/api/partners/" + slug + "/stats");
        ApiAnswer deliveries = api.get(Service.PETITION, "/api/partners/" + slug + "/webhook-deliveries");
        return detail.data("partner", partner).data("stats", stats.ok() ? stats.map() : null)
                .data("deliveries", deliveries.ok() ? deliveries.list() : List.of())
                .data("originsText", originsText).data("problem", problem);
    }

    @POST
    @Path("/{slug}/webhook")
    public Response replaceWebhook(@PathParam("slug") String slug, @RestForm String url) {
        Map<String, Object> webhook = api.put(Service.PETITION, "/api/partners/" + slug + "/webhook",
                Map.of("url", url == null ? "" : url.trim())).orThrow().map();
        Map<String, Object> shown = new LinkedHashMap<>(webhook);
        shown.put("slug", slug);
        return Response.ok(secrets.data("partner", shown).data("registered", false).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/{slug}/deliveries/{id}/retry")
    public Response retry(@PathParam("slug") String slug, @PathParam("id") String id) {
        api.post(Service.PETITION, "/api/partners/" + slug + "/webhook-deliveries/" + id + "/retry", null).orThrow();
        return SeeOther.page("/partners/" + slug);
    }
}
