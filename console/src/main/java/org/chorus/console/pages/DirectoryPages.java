package org.chorus.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The target directory: the states letters go to and their contacts (a foreign ministry, a UN mission), the
 * Security Council's terms that decide who is in group unsc on a date, and the groups staff define.
 */
@Path("/directory")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DirectoryPages {

    private static final List<String> ROLES = List.of("UN_MISSION", "FOREIGN_MINISTRY");

    private final StaffApi api;
    private final Template list;
    private final Template target;

    DirectoryPages(StaffApi api, @Location("directory.html") Template list, @Location("target.html") Template target) {
        this.api = api;
        this.list = list;
        this.target = target;
    }

    @GET
    public TemplateInstance all(@QueryParam("group") String group) {
        String query = "unsc".equals(group) ? "?group=unsc" : "";
        return list.data("targets", api.get(Service.LETTER, "/api/letters/targets" + query).orThrow().list())
                .data("terms", api.get(Service.LETTER, "/api/letters/council-terms").orThrow().list())
                .data("groups", api.get(Service.LETTER, "/api/letters/groups").orThrow().list())
                .data("group", query.isEmpty() ? null : "unsc");
    }

    @GET
    @Path("/targets/{id}")
    public TemplateInstance one(@PathParam("id") String id) {
        Map<String, Object> found = api.get(Service.LETTER, "/api/letters/targets/" + id).orThrow().map();
        return target.data("target", found).data("contacts", contactSlots(found)).data("roles", ROLES);
    }

    /** Replaces the target's contacts with the form's two slots (a slot left without an email is dropped). */
    @POST
    @Path("/targets/{id}")
    public Response update(@PathParam("id") String id, @RestForm String name, @RestForm String locale,
            @RestForm String code, @RestForm List<String> role, @RestForm List<String> contactName,
            @RestForm List<String> title, @RestForm List<String> salutation, @RestForm List<String> email,
            @RestForm List<String> postalAddress) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; email != null && i < email.size(); i++) {
            if (email.get(i) == null || email.get(i).isBlank()) {
                continue;
            }
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("role", at(role, i));
            contact.put("name", at(contactName, i));
            contact.put("title", at(title, i));
            contact.put("salutation", at(salutation, i));
            contact.put("email", email.get(i).trim());
            contact.put("postalAddress", at(postalAddress, i));
            contacts.add(contact);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", name);
        request.put("locale", locale);
        request.put("contacts", contacts);
        api.put(Service.LETTER, "/api/letters/targets/" + id, request).orThrow();
        return SeeOther.page("/directory/targets/" + id);
    }

    @POST
    @Path("/council-terms")
    public Response addTerm(@RestForm String code, @RestForm String startsOn, @RestForm String endsOn) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT));
        request.put("startsOn", startsOn);
        request.put("endsOn", endsOn == null || endsOn.isBlank() ? null : endsOn);
        api.post(Service.LETTER, "/api/letters/council-terms", request).orThrow();
        return SeeOther.page("/directory");
    }

    @POST
    @Path("/council-terms/{id}/remove")
    public Response removeTerm(@PathParam("id") String id) {
        api.delete(Service.LETTER, "/api/letters/council-terms/" + id).orThrow();
        return SeeOther.page("/directory");
    }

    /** The target's contacts and empty slots up to the two the directory allows, for the form. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contactSlots(Map<String, Object> target) {
        List<Map<String, Object>> slots = new ArrayList<>();
        if (target.get("contacts") instanceof List<?> contacts) {
            contacts.forEach(c -> slots.add((Map<String, Object>) c));
        }
        while (slots.size() < 2) {
            Map<String, Object> empty = new LinkedHashMap<>();
            for (String key : List.of("role", "name", "title", "salutation", "email", "postalAddress")) {
                empty.put(key, null);
            }
            empty.put("role", slots.isEmpty() ? "UN_MISSION" : "FOREIGN_MINISTRY");
            slots.add(empty);
        }
        return slots;
    }

    private static String at(List<String> values, int i) {
        if (values == null || i >= values.size() || values.get(i) == null || values.get(i).isBlank()) {
            return null;
        }
        return values.get(i).trim();
    }
}
