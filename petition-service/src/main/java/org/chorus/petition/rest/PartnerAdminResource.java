package org.chorus.petition.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chorus.petition.rest.dto.OriginsRequest;
import org.chorus.petition.rest.dto.PartnerRequest;
import org.chorus.petition.rest.dto.PartnerStats;
import org.chorus.petition.rest.dto.PartnerStatsQuery;
import org.chorus.petition.rest.dto.PartnerView;
import org.chorus.petition.rest.dto.RegisteredPartner;
import org.chorus.petition.rest.dto.WebhookDeliveryQuery;
import org.chorus.petition.rest.dto.WebhookDeliveryView;
import org.chorus.petition.rest.dto.WebhookRequest;
import org.chorus.petition.service.PartnerRegistry;
import org.chorus.petition.service.PartnerStatistics;
import org.chorus.petition.service.WebhookDeliveries;

/**
 * The partner registry, for campaign staff: register a partner (and its Keycloak client), list them, their numbers,
 * their allowed origins, their webhook and the log of its deliveries.
 */
@Path("/api/partners")
@RolesAllowed(Roles.CAMPAIGNER)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAdminResource {

    private final PartnerRegistry registry;
    private final PartnerStatistics statistics;
    private final WebhookDeliveries webhooks;

    public PartnerAdminResource(PartnerRegistry registry, PartnerStatistics statistics, WebhookDeliveries webhooks) {
        this.registry = registry;
        this.statistics = statistics;
        this.webhooks = webhooks;
    }

    /** The answer holds the client secret (and the webhook secret), shown this once: no cache on the way may keep it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid PartnerRequest request, @Context SecurityContext security) {
        RegisteredPartner partner = registry.register(request, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/partners/" + partner.slug())).entity(partner)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    public List<PartnerView> list() {
        return registry.all();
    }

    @GET
    @Path("/{slug}")
    public PartnerView get(@PathParam("slug") String slug) {
        return registry.get(slug);
    }

    @GET
    @Path("/{slug}/stats")
    public PartnerStats stats(@PathParam("slug") String slug, @Valid @BeanParam PartnerStatsQuery query) {
        return statistics.stats(slug, query.petition, query.dayCount());
    }

    /** Replaces where the partner may embed petitions from; embed pages and gateway follow (PartnerRegistry). */
    @PUT
    @Path("/{slug}/origins")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerView replaceOrigins(@PathParam("slug") String slug, @NotNull @Valid OriginsRequest request) {
        return registry.replaceOrigins(slug, request.allowedOrigins());
    }

    /** The answer holds the new webhook secret, shown this once. */
    @PUT
    @Path("/{slug}/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceWebhook(@PathParam("slug") String slug, @NotNull @Valid WebhookRequest request) {
        return Response.ok(registry.replaceWebhook(slug, request.url()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/{slug}/webhook-deliveries")
    public List<WebhookDeliveryView> webhookDeliveries(@PathParam("slug") String slug,
            @Valid @BeanParam WebhookDeliveryQuery query) {
        return webhooks.list(slug, query.status, query.pageNumber());
    }

    @POST
    @Path("/{slug}/webhook-deliveries/{id}/retry")
    public WebhookDeliveryView retryWebhookDelivery(@PathParam("slug") String slug, @PathParam("id") String id) {
        return webhooks.retry(slug, id);
    }
}
