package org.chorus.petition.rest;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.abuse.ClientNetwork;
import org.chorus.petition.abuse.ProofOfWork;
import org.chorus.petition.abuse.SigningLimits;
import org.chorus.petition.rest.dto.PetitionView;
import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.rest.dto.StatusView;
import org.chorus.petition.rest.dto.TallyView;
import org.chorus.petition.service.PetitionQueries;
import org.chorus.petition.service.SigningService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/** The public API of one petition: read it, sign it, count it. */
@Path("/api/petitions/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class PetitionResource {

    private static final StatusView PENDING = new StatusView("PENDING");

    private final PetitionQueries queries;
    private final SigningService signing;
    private final SigningLimits limits;
    private final ClientAddresses clients;
    private final ProofOfWork proofOfWork;

    public PetitionResource(PetitionQueries queries, SigningService signing, SigningLimits limits,
            ClientAddresses clients, ProofOfWork proofOfWork) {
        this.queries = queries;
        this.signing = signing;
        this.limits = limits;
        this.clients = clients;
        this.proofOfWork = proofOfWork;
    }

    /** {@code ?locale=my} asks for the petition's texts in that locale; a locale it lacks gives its default one. */
    @GET
    @Operation(summary = "Read a petition", description = "The public view of an open or closed petition in one "
            + "language: texts, demands, goal, status and its count of confirmed signatures.")
    @APIResponse(responseCode = "200", description = "The petition.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PetitionView.class),
            examples = @ExampleObject(name = "petition", value = ApiExamples.PETITION)))
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    public PetitionView petition(@PathParam("slug") String slug, @QueryParam("locale") String locale) {
        return queries.view(slug, locale);
    }

    @GET
    @Path("/tally")
    @Operation(summary = "Count a petition's signatures", description = "The confirmed signatures, in total and by "
            + "country; it follows a confirmation within about a second.")
    @APIResponse(responseCode = "200", description = "The tally.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TallyView.class),
            examples = @ExampleObject(name = "tally", value = ApiExamples.TALLY)))
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    public TallyView tally(@PathParam("slug") String slug) {
        return queries.tally(slug);
    }

    /**
     * The tally as Server-Sent Events: now, then at each change. A worker thread only opens it (and answers 404 for
     * an unknown petition); the open stream itself holds no thread.
     */
    @GET
    @Path("/tally/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Follow a petition's tally live", description = "Server-Sent Events: the tally now, then "
            + "each time it changes, with a keep-alive comment while nothing changes.")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponse(responseCode = "200", description = "The tally now, then at each change.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = TallyView.class)))
    public Multi<TallyView> tallyStream(@PathParam("slug") String slug) {
        return queries.tallyStream(slug);
    }

    /** A challenge to solve before signing through this API; difficulty 0 when none is asked for. */
    @GET
    @Path("/proof-of-work")
    @Operation(summary = "Ask for a proof-of-work challenge", description = "A challenge to solve before signing "
            + "through this API, when the platform asks for proof of work (difficulty 0: none is asked).")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponseSchema(value = ProofOfWork.Challenge.class, responseCode = "200",
            responseDescription = "The challenge.")
    public ProofOfWork.Challenge proofOfWorkChallenge(@PathParam("slug") String slug) {
        queries.petition(slug);
        return proofOfWork.issue(slug, Instant.now());
    }

    /** The same answer whether or not the address had signed before: nobody can learn who signed. */
    @POST
    @Path("/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign a petition", description = "Stores the signature as PENDING and sends a confirmation "
            + "email. The answer is the same whether or not the address had signed before, and signing twice never "
            + "counts twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "signature", value = ApiExamples.SIGN)))
    @APIResponse(responseCode = "202", description = "Signed, to be confirmed by the link in the email.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusView.class),
            examples = @ExampleObject(name = "pending", value = ApiExamples.PENDING)))
    @APIResponse(responseCode = "400", description = "A field breaks its rule, consents.processing is not true, or "
            + "the proof of work is missing or wrong.")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponse(responseCode = "409", description = "The petition is not open for signing.")
    @APIResponse(responseCode = "429", description = "Too many signatures from this address or email domain; "
            + "Retry-After says when to try again.")
    @APIResponse(responseCode = "503", description = "Too many signatures at once; Retry-After says when to try "
            + "again.")
    public Response sign(@PathParam("slug") String slug, @NotNull @Valid SignRequest request,
            @Context HttpServerRequest http) {
        String client = clients.of(http);
        limits.check(client, request.email());
        SignRequest.ProofOfWorkSolution solution = request.proofOfWork();
        proofOfWork.verify(slug, solution == null ? null : solution.challenge(),
                solution == null ? null : solution.nonce(), Instant.now());
        signing.sign(slug, request, ClientNetwork.of(client));
        return Response.accepted(PENDING).build();
    }
}
