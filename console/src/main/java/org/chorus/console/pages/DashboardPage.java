package org.chorus.console.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A petition's live dashboard: the confirmed total against the goal and the count by country. The page then follows
 * the petition's public tally stream (assets/dashboard.js), so the figures rise without a reload.
 */
@Path("/petitions/{slug}/dashboard")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DashboardPage {

    private final StaffApi api;
    private final Template dashboard;

    DashboardPage(StaffApi api, @Location("dashboard.html") Template dashboard) {
        this.api = api;
        this.dashboard = dashboard;
    }

    public record CountryCount(String country, long count) {
    }

    @GET
    public TemplateInstance get(@PathParam("slug") String slug) {
        Map<String, Object> petition = api.get(Service.PETITION, "/api/petitions/" + slug + "/definition").orThrow().map();
        Map<String, Object> tally = api.get(Service.PETITION, "/api/petitions/" + slug + "/tally").orThrow().map();
        long total = ((Number) tally.getOrDefault("total", 0)).longValue();
        long goal = ((Number) petition.getOrDefault("goal", 1)).longValue();
        List<CountryCount> byCountry = new ArrayList<>();
        if (tally.get("byCountry") instanceof Map<?, ?> counts) {
            counts.forEach((country, count) -> byCountry.add(new CountryCount(country.toString(), ((Number) count).longValue())));
        }
        byCountry.sort(Comparator.comparingLong(CountryCount::count).reversed().thenComparing(CountryCount::country));
        ApiAnswer stats = api.get(Service.PETITION, "/api/petitions/" + slug + "/stats");
        ApiAnswer emails = api.get(Service.NOTIFICATION, "/api/notifications/stats?petitionId=" + petition.get("id"));
        return dashboard.data("petition", petition).data("total", total).data("goal", goal)
                .data("percent", goal == 0 ? 0 : Math.min(100, total * 100 / goal)).data("byCountry", byCountry)
                .data("stats", stats.ok() ? stats.map() : null)
                .data("perHour", stats.ok() ? BarChart.of(stats.list("perHour"), 13) : null)
                .data("perDay", stats.ok() ? BarChart.of(stats.list("perDay"), 10) : null)
                .data("confirmationRate", stats.ok() ? percent(stats.map().get("confirmationRate")) : null)
                .data("emails", emails.ok() ? emails.map() : null)
                .data("bounceRate", emails.ok() ? percent(emails.map().get("bounceRate")) : null);
    }

    private static String percent(Object rate) {
        return rate instanceof Number n ? String.format(java.util.Locale.ROOT, "%.1f %%", n.doubleValue() * 100) : "";
    }
}
