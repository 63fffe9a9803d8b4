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
import org.chorus.petition.rest.dto.WebhookView;
import org.chorus.petition.service.PartnerRegistry;
import org.chorus.petition.service.PartnerStatistics;
import org.chorus.petition.service.WebhookDeliveries;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "Register a partner", description = "Creates the partner and its Keycloak client; the "
            + "answer holds the client secret and the webhook secret, shown this once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "partner", value = ApiExamples.PARTNER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisteredPartner.class),
            examples = @ExampleObject(name = "registered", value = ApiExamples.REGISTERED_PARTNER)))
    @APIResponse(responseCode = "409", description = "The slug or the Keycloak client id is taken.")
    @APIResponse(responseCode = "502", description = "Keycloak refused to create the client; nothing was stored.")
    @APIResponse(responseCode = "503", description = "Keycloak is out of reach; nothing was stored. Retry-After says "
            + "when to try again.")
    public Response register(@NotNull @Valid PartnerRequest request, @Context SecurityContext security) {
        RegisteredPartner partner = registry.register(request, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/partners/" + partner.slug())).entity(partner)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Operation(summary = "List partners", description = "Every registered partner with its origins and webhook URL; "
            + "no secret.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    @APIResponseSchema(value = PartnerView[].class, responseCode = "200", responseDescription = "The partners.")
    public List<PartnerView> list() {
        return registry.all();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Read a partner", description = "One registered partner; no secret.")
    @APIResponse(responseCode = "404", description = "No partner has this slug.")
    @APIResponseSchema(value = PartnerView.class, responseCode = "200", responseDescription = "The partner.")
    public PartnerView get(@PathParam("slug") String slug) {
        return registry.get(slug);
    }

    @GET
    @Path("/{slug}/stats")
    @Operation(summary = "Read a partner's numbers", description = "Its signatures per state and per day, and its "
            + "webhook deliveries per status.")
    @APIResponse(responseCode = "404", description = "No partner has this slug.")
    @APIResponseSchema(value = PartnerStats.class, responseCode = "200", responseDescription = "Its numbers.")
    public PartnerStats stats(@PathParam("slug") String slug, @Valid @BeanParam PartnerStatsQuery query) {
        return statistics.stats(slug, query.petition, query.dayCount());
    }

    /** Replaces where the partner may embed petitions from; embed pages and gateway follow (PartnerRegistry). */
    @PUT
    @Path("/{slug}/origins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a partner's origins", description = "Where the partner may embed petitions from (1 "
            + "to 20 https origins); the embed pages and the gateway's CORS follow.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "origins", value = ApiExamples.ORIGINS)))
    @APIResponse(responseCode = "404", description = "No partner has this slug.")
    @APIResponseSchema(value = PartnerView.class, responseCode = "200",
            responseDescription = "The partner with its new origins.")
    public PartnerView replaceOrigins(@PathParam("slug") String slug, @NotNull @Valid OriginsRequest request) {
        return registry.replaceOrigins(slug, request.allowedOrigins());
    }

    /** The answer holds the new webhook secret, shown this once. */
    @PUT
    @Path("/{slug}/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a partner's webhook", description = "A new webhook URL (https, public addresses only) "
            + "and a new secret, shown this once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "webhook", value = ApiExamples.WEBHOOK)))
    @APIResponse(responseCode = "200", description = "The webhook and its new secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookView.class),
            examples = @ExampleObject(name = "webhook", value = ApiExamples.WEBHOOK_SET)))
    @APIResponse(responseCode = "404", description = "No partner has this slug.")
    public Response replaceWebhook(@PathParam("slug") String slug, @NotNull @Valid WebhookRequest request) {
        return Response.ok(registry.replaceWebhook(slug, request.url()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/{slug}/webhook-deliveries")
    @Operation(summary = "List a partner's webhook calls", description = "Each call's status, attempts and last "
            + "error, newest first.")
    @APIResponse(responseCode = "404", description = "No partner has this slug.")
    @APIResponseSchema(value = WebhookDeliveryView[].class, responseCode = "200", responseDescription = "The calls.")
    public List<WebhookDeliveryView> webhookDeliveries(@PathParam("slug") String slug,
            @Valid @BeanParam WebhookDeliveryQuery query) {
        return webhooks.list(slug, query.status, query.pageNumber());
    }

    @POST
    @Path("/{slug}/webhook-deliveries/{id}/retry")
    @Operation(summary = "Send a failed webhook call again", description = "Queues a FAILED call again, unless its "
            + "signature was withdrawn or invalidated since.")
    @APIResponse(responseCode = "404", description = "No such partner or webhook call.")
    @APIResponse(responseCode = "409", description = "The call is not FAILED, or its signature is gone.")
    @APIResponseSchema(value = WebhookDeliveryView.class, responseCode = "200",
            responseDescription = "The call, queued again.")
    public WebhookDeliveryView retryWebhookDelivery(@PathParam("slug") String slug, @PathParam("id") String id) {
        return webhooks.retry(slug, id);
    }
}
