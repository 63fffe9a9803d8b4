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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chorus.petition.rest.dto.PartnerRequest;
import org.chorus.petition.rest.dto.PartnerStats;
import org.chorus.petition.rest.dto.PartnerStatsQuery;
import org.chorus.petition.rest.dto.PartnerView;
import org.chorus.petition.rest.dto.RegisteredPartner;
import org.chorus.petition.service.PartnerRegistry;
import org.chorus.petition.service.PartnerStatistics;

/** The partner registry, for campaign staff: register a partner (and its Keycloak client), list them, their numbers. */
@Path("/api/partners")
@RolesAllowed(Roles.CAMPAIGNER)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAdminResource {

    private final PartnerRegistry registry;
    private final PartnerStatistics statistics;

    public PartnerAdminResource(PartnerRegistry registry, PartnerStatistics statistics) {
        this.registry = registry;
        this.statistics = statistics;
    }

    /** The answer holds the client secret, shown this once: no cache on the way may keep it. */
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
}
