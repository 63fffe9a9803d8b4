package org.chorus.console.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The audit trail: every staff action as the service that performed it recorded it, from the three services
 * together (newest first), filtered by person, action, subject and time.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AuditPages {

    private static final Map<String, Service> SOURCES = Map.of("petitions", Service.PETITION, "letters",
            Service.LETTER, "notifications", Service.NOTIFICATION);

    private final StaffApi api;
    private final ObjectMapper json;
    private final Template page;

    AuditPages(StaffApi api, ObjectMapper json, @Location("audit.html") Template page) {
        this.api = api;
        this.json = json;
        this.page = page;
    }

    public static class Filter {
        @QueryParam("source")
        public String source;
        @QueryParam("actor")
        public String actor;
        @QueryParam("action")
        public String action;
        @QueryParam("subject")
        public String subject;
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;

        String query() {
            StringBuilder query = new StringBuilder("?size=100");
            add(query, "actor", actor);
            add(query, "action", action);
            add(query, "subject", subject);
            add(query, "from", from);
            add(query, "to", to);
            return query.toString();
        }

        private static void add(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append('&').append(name).append('=')
                        .append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        }
    }

    public record Entry(String at, String service, String actor, String action, String subject, String details) {
    }

    @GET
    public TemplateInstance list(@BeanParam Filter filter) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SOURCES.forEach((source, service) -> {
            if (filter.source != null && !filter.source.isBlank() && !filter.source.equals(source)) {
                return;
            }
            ApiAnswer answer = api.get(service, "/api/audit/" + source + filter.query());
            if (!answer.ok()) {
                problems.add(answer.problem());
                return;
            }
            for (Object item : answer.list("entries")) {
                Map<?, ?> e = (Map<?, ?>) item;
                entries.add(new Entry(String.valueOf(e.get("at")), service.displayName(), String.valueOf(e.get("actor")),
                        String.valueOf(e.get("action")), e.get("subject") == null ? "" : e.get("subject").toString(),
                        details(e.get("details"))));
            }
        });
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return page.data("entries", entries).data("filter", filter).data("problems", problems);
    }

    private String details(Object details) {
        if (details == null) {
            return "";
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            return details.toString();
        }
    }
}
