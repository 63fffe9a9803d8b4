package org.chorus.console.pages;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.ProblemException;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Signatures, one at a time: found by the signer's exact address (posted, so it is in no URL or log; nothing is
 * listed by browsing), withdrawn at the signer's request; and the bulk invalidation tool, which says how many a rule
 * would hit before staff confirm it.
 */
@Path("/signatures")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SignaturePages {

    private final StaffApi api;
    private final Template page;

    SignaturePages(StaffApi api, @Location("signatures.html") Template page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance form() {
        return page(null, null, null, null, null);
    }

    @POST
    @Path("/lookup")
    public TemplateInstance lookUp(@RestForm String petition, @RestForm String email) {
        ApiAnswer found = api.post(Service.PETITION, "/api/petitions/" + slug(petition) + "/signatures/lookup",
                Map.of("email", email == null ? "" : email.trim()));
        if (found.status() == 404) {
            return page(petition, null, "No signature of this petition has this address.", null, null);
        }
        return page(petition, found.orThrow().map(), null, null, null);
    }

    @POST
    @Path("/{petition}/{id}/withdraw")
    public TemplateInstance withdraw(@PathParam("petition") String petition, @PathParam("id") String id) {
        Map<String, Object> done = api.post(Service.PETITION,
                "/api/petitions/" + slug(petition) + "/signatures/" + id + "/withdraw", null).orThrow().map();
        return page(petition, null, "The signature was withdrawn at the signer's request (" + done.get("status")
                + "); their data is erased, and the audit trail records that you did it.", null, null);
    }

    @POST
    @Path("/invalidation")
    public TemplateInstance invalidation(@RestForm String petition, @RestForm String emailDomain,
            @RestForm String clientNetwork, @RestForm String signedFrom, @RestForm String signedUntil,
            @RestForm String confirmed) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("emailDomain", blankToNull(emailDomain));
        rule.put("clientNetwork", blankToNull(clientNetwork));
        rule.put("signedFrom", instant(signedFrom));
        rule.put("signedUntil", instant(signedUntil));
        String base = "/api/petitions/" + slug(petition) + "/signatures/invalidate";
        if ("yes".equals(confirmed)) {
            Map<String, Object> done = api.post(Service.PETITION, base, rule).orThrow().map();
            return page(petition, null, done.get("invalidated") + " signature(s) invalidated; they no longer count.",
                    null, null);
        }
        Map<String, Object> preview = api.post(Service.PETITION, base + "/preview", rule).orThrow().map();
        Map<String, Object> form = new LinkedHashMap<>(rule);
        form.put("signedFrom", signedFrom == null ? "" : signedFrom);
        form.put("signedUntil", signedUntil == null ? "" : signedUntil);
        return page(petition, null, null, preview.get("wouldInvalidate"), form);
    }

    private TemplateInstance page(String petition, Map<String, Object> signature, String message, Object wouldInvalidate,
            Map<String, Object> rule) {
        List<Object> petitions = api.get(Service.PETITION, "/api/petitions").orThrow().list();
        return page.data("petitions", petitions).data("petition", petition).data("signature", signature)
                .data("message", message).data("wouldInvalidate", wouldInvalidate).data("rule", rule);
    }

    private static String slug(String petition) {
        if (petition == null || !petition.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new ProblemException(new Problem(400, "Choose a petition", "Nothing was looked up or changed.",
                    List.of()));
        }
        return petition;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw new ProblemException(new Problem(400, "A time must be a date and time such as 2026-12-01T00:00 (UTC)",
                    "Nothing was changed.", List.of()));
        }
    }
}
