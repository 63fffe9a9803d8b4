package org.chorus.petition.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.petition.service.PartnerOrigins;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "List every partner's origins", description = "For the gateway's CORS and the embed pages: "
            + "public knowledge, and not routed from outside.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes JSON.")
    @APIResponseSchema(value = PartnerOriginsView.class, responseCode = "200",
            responseDescription = "Each partner's origins.")
    public PartnerOriginsView all() {
        return new PartnerOriginsView(origins.byPartner());
    }
}
