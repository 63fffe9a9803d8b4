package org.chorus.petition.rest;

import jakarta.ws.rs.core.Response;

import org.chorus.petition.SignatureNotConfirmableException;
import org.chorus.petition.abuse.ProofOfWorkException;
import org.chorus.petition.abuse.RateLimitedException;
import org.chorus.petition.keycloak.ClientIdTakenException;
import org.chorus.petition.keycloak.KeycloakAdminException;
import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.PartnerExistsException;
import org.chorus.petition.service.PartnerNotFoundException;
import org.chorus.petition.service.PartnerNotRegisteredException;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionNotOpenException;
import org.chorus.petition.service.PetitionStateException;
import org.chorus.petition.service.SignatureNotFoundException;
import org.chorus.petition.service.SigningBusyException;
import org.chorus.petition.service.SlugTakenException;
import org.chorus.petition.service.StaleVersionException;
import org.chorus.petition.service.WebhookDeliveryNotFoundException;
import org.chorus.petition.service.WebhookDeliveryStateException;
import org.chorus.problem.Problem;
import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The petition service's own problem types. The failures every service meets (validation, malformed JSON, 401, 403,
 * the unexpected) are answered by problem-details' GenericProblems.
 */
public class Problems {

    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response notFound(PetitionNotFoundException e) {
        return ProblemResponses.respond(Problem.of("petition-not-found", "Petition not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response signatureNotFound(SignatureNotFoundException e) {
        return ProblemResponses.respond(Problem.of("signature-not-found", "Signature not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response partnerNotFound(PartnerNotFoundException e) {
        return ProblemResponses.respond(Problem.of("partner-not-found", "Partner not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webhookDeliveryNotFound(WebhookDeliveryNotFoundException e) {
        return ProblemResponses.respond(Problem.of("webhook-delivery-not-found", "Webhook delivery not found", 404,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webhookDeliveryState(WebhookDeliveryStateException e) {
        return ProblemResponses.respond(Problem.of("webhook-delivery-state", "Not possible in this state", 409,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response partnerExists(PartnerExistsException e) {
        return ProblemResponses.respond(Problem.of("partner-exists", "Partner exists", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response clientIdTaken(ClientIdTakenException e) {
        return ProblemResponses.respond(Problem.of("client-id-taken", "Client id taken", 409, e.getMessage()));
    }

    /** A partner token, but of no registered partner: it is let in nowhere. */
    @ServerExceptionMapper
    public Response partnerNotRegistered(PartnerNotRegisteredException e) {
        return ProblemResponses.respond(Problem.of("partner-not-registered", "Forbidden", 403, e.getMessage()));
    }

    /** Nothing was stored and no client was left in Keycloak: registering again later is safe. */
    @ServerExceptionMapper
    public Response keycloakAdmin(KeycloakAdminException e) {
        int status = e.refused() ? 502 : 503;
        Response problem = ProblemResponses.respond(Problem.of("identity-provider-admin", "Identity provider "
                + (e.refused() ? "refused" : "unavailable"), status, "The partner's client could not be created in "
                + "the identity provider, so the partner was not registered. Please try again later."));
        return e.refused() ? problem
                : Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response notOpen(PetitionNotOpenException e) {
        return ProblemResponses.respond(Problem.of("petition-not-open", "Petition not open", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response slugTaken(SlugTakenException e) {
        return ProblemResponses.respond(Problem.of("slug-taken", "Slug taken", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response wrongState(PetitionStateException e) {
        return ProblemResponses.respond(Problem.of("petition-state", "Not possible in this state", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e) {
        return ProblemResponses.respond(Problem.of("stale-version", "Changed meanwhile", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidToken(InvalidTokenException e) {
        return ProblemResponses.respond(Problem.of("invalid-token", "Invalid or expired link", 400, e.getMessage()));
    }

    /** 400 as for any link that confirms nothing (API.md), with a type of its own: signing again will not help. */
    @ServerExceptionMapper
    public Response notConfirmable(SignatureNotConfirmableException e) {
        return ProblemResponses.respond(Problem.of("signature-not-confirmable", "Signature can no longer be confirmed",
                400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response proofOfWork(ProofOfWorkException e) {
        return ProblemResponses.respond(Problem.of("proof-of-work", "Proof of work missing or wrong", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.fromResponse(ProblemResponses.respond(
                Problem.of("rate-limited", "Too many requests", 429, e.getMessage())))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response busy(SigningBusyException e) {
        return Response.fromResponse(ProblemResponses.respond(
                Problem.of("busy", "Service busy", 503, e.getMessage())))
                .header("Retry-After", SigningBusyException.RETRY_AFTER_SECONDS)
                .build();
    }
}
