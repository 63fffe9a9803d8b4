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
    public PetitionView petition(@PathParam("slug") String slug, @QueryParam("locale") String locale) {
        return queries.view(slug, locale);
    }

    @GET
    @Path("/tally")
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
    public Multi<TallyView> tallyStream(@PathParam("slug") String slug) {
        return queries.tallyStream(slug);
    }

    /** A challenge to solve before signing through this API; difficulty 0 when none is asked for. */
    @GET
    @Path("/proof-of-work")
    public ProofOfWork.Challenge proofOfWorkChallenge(@PathParam("slug") String slug) {
        queries.petition(slug);
        return proofOfWork.issue(slug, Instant.now());
    }

    /** The same answer whether or not the address had signed before: nobody can learn who signed. */
    @POST
    @Path("/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
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
