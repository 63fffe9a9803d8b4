package org.chorus.petition.web;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.chorus.petition.Petition;
import org.chorus.petition.abuse.ClientNetwork;
import org.chorus.petition.abuse.RateLimitedException;
import org.chorus.petition.abuse.SigningLimits;
import org.chorus.petition.rest.ClientAddresses;
import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.service.SigningBusyException;
import org.chorus.petition.service.SigningService;

import io.vertx.core.http.HttpServerRequest;

/**
 * What becomes of a posted sign form, on the petition page and in the embedded form alike: the bot guard, the
 * field checks in the page's language, the rate limits, then the signature. Each page shows the outcome its own way.
 */
@ApplicationScoped
public class FormSigning {

    /**
     * Either signed (a honeypot hit looks the same, so that a bot learns nothing), or the form is shown again with
     * this status, these errors and this start time; {@code retryAfterSeconds} goes into Retry-After when set.
     */
    public record Outcome(boolean signed, int status, FormErrors errors, String started, Long retryAfterSeconds) {

        static final Outcome SIGNED = new Outcome(true, 200, FormErrors.none(), null, null);

        static Outcome again(int status, FormErrors errors, String started) {
            return new Outcome(false, status, errors, started, null);
        }

        static Outcome again(int status, FormErrors errors, String started, long retryAfterSeconds) {
            return new Outcome(false, status, errors, started, retryAfterSeconds);
        }
    }

    private final SigningService signing;
    private final Validator validator;
    private final FormGuard guard;
    private final Messages messages;
    private final SigningLimits limits;
    private final ClientAddresses clients;

    public FormSigning(SigningService signing, Validator validator, FormGuard guard, Messages messages,
            SigningLimits limits, ClientAddresses clients) {
        this.signing = signing;
        this.validator = validator;
        this.guard = guard;
        this.messages = messages;
        this.limits = limits;
        this.clients = clients;
    }

    /**
     * @param form what the signer typed, as it would be shown again
     * @param source the campaign the signer came from, already cleaned (the signer cannot correct a hidden field)
     */
    public Outcome submit(Petition p, PageLang lang, SignForm.Posted posted, SignForm form, SignRequest.Source source,
            HttpServerRequest http) {
        if (!p.isOpen()) {
            return Outcome.again(409, FormErrors.none(), freshStamp(p.slug));
        }
        FormGuard.Verdict verdict = guard.check(p.slug, posted.website, posted.started, Instant.now());
        if (verdict == FormGuard.Verdict.BOT) {
            return Outcome.SIGNED;
        }
        PageMessages msg = messages.in(lang);
        SignRequest request = form.toRequest(lang.tag(), source);
        FormErrors errors = FormErrors.of(validator.validate(request), msg);
        if (verdict == FormGuard.Verdict.RETRY) {
            // a new start time: the signer reads the message, checks the form and sends it again
            return Outcome.again(400, FormErrors.ofForm(msg.sendAgain()).and(errors), freshStamp(p.slug));
        }
        if (errors.any()) {
            return Outcome.again(400, errors, posted.started);
        }
        String client = clients.of(http);
        try {
            limits.check(client, request.email());
        } catch (RateLimitedException e) {
            return Outcome.again(429, FormErrors.ofForm(msg.tooManyAttempts()), posted.started, e.retryAfterSeconds());
        }
        try {
            signing.sign(p.slug, request, ClientNetwork.of(client));
        } catch (SigningBusyException e) {
            return Outcome.again(503, FormErrors.ofForm(msg.busy()), posted.started,
                    SigningBusyException.RETRY_AFTER_SECONDS);
        }
        return Outcome.SIGNED;
    }

    /** The start time of a form served now (FormGuard). */
    public String freshStamp(String slug) {
        return guard.stamp(slug, Instant.now());
    }
}
