package org.chorus.petition.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.petition.service.PartnerOrigins;

/**
 * Each partner's allowed origins, for the gateway (CORS) and the embed page (frame-ancestors). No login: the origins
 * are public knowledge, as every embedding page shows its own; the gateway does not route /internal from outside.
 */
@Path("/internal/partner-origins")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerOriginsResource {

    public record PartnerOriginsView(Map<String, List<String>> partners) {
    }

    private final PartnerOrigins origins;

    public PartnerOriginsResource(PartnerOrigins origins) {
        this.origins = origins;
    }

    @GET
    public PartnerOriginsView all() {
        return new PartnerOriginsView(origins.byPartner());
    }
}
