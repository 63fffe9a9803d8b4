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
import jakarta.ws.rs.core.Response;

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
 * A dispatched letter's replies: what the target answered (an acknowledgement or a reply), as staff record it in
 * letter-service, and the list of those recorded. A refused reply is shown again as typed, with the service's words.
 */
@Path("/batches/{id}/letters/{letterId}/replies")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LetterReplyPages {

    static final List<String> KINDS = List.of("ACKNOWLEDGED", "REPLIED");

    private final StaffApi api;
    private final Template page;

    LetterReplyPages(StaffApi api, @Location("letter-replies.html") Template page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance get(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        return page(id, letterId, null, Map.of());
    }

    @POST
    public Response record(@PathParam("id") String id, @PathParam("letterId") String letterId,
            @RestForm String kind, @RestForm String receivedAt, @RestForm String summary) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", kind == null ? "" : kind);
        typed.put("receivedAt", receivedAt == null ? "" : receivedAt);
        typed.put("summary", summary == null ? "" : summary);
        Problem problem;
        try {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("kind", kind);
            reply.put("receivedAt", LocalDateTime.parse(typed.get("receivedAt").strip())
                    .toInstant(ZoneOffset.UTC).toString());
            reply.put("summary", summary == null || summary.isBlank() ? null : summary.strip());
            ApiAnswer recorded = api.post(Service.LETTER, repliesPath(id, letterId), reply);
            if (recorded.ok()) {
                return SeeOther.page("/batches/" + id + "/letters/" + letterId + "/replies");
            }
            problem = recorded.problem();
            if (problem.status() == 401 || problem.status() == 403) {
                throw new ProblemException(problem);
            }
        } catch (DateTimeParseException e) {
            problem = new Problem(400, "When the reply came must be a date and time such as 2026-12-01T09:30 (UTC)",
                    "Nothing was recorded.", List.of());
        }
        String html = page(id, letterId, problem, typed).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .build();
    }

    private TemplateInstance page(String id, String letterId, Problem problem, Map<String, String> typed) {
        Map<String, Object> batch = api.get(Service.LETTER, "/api/letters/batches/" + id).orThrow().map();
        Map<?, ?> letter = letter(batch, letterId);
        List<Object> replies = api.get(Service.LETTER, repliesPath(id, letterId)).orThrow().list();
        return page.data("batch", batch).data("letter", letter).data("replies", replies).data("kinds", KINDS)
                .data("problem", problem).data("typed", typed);
    }

    private static Map<?, ?> letter(Map<String, Object> batch, String letterId) {
        if (batch.get("letters") instanceof List<?> letters) {
            for (Object letter : letters) {
                if (letter instanceof Map<?, ?> l && letterId.equals(l.get("id"))) {
                    return l;
                }
            }
        }
        throw new ProblemException(new Problem(404, "This batch has no letter with this id", "", List.of()));
    }

    private static String repliesPath(String id, String letterId) {
        return "/api/letters/batches/" + id + "/letters/" + letterId + "/replies";
    }
}
