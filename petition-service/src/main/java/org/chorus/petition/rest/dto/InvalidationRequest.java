package org.chorus.petition.rest.dto;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which signatures of a petition to invalidate: every criterion given must match (email domain, client network as
 * an address or as the stored /24 or /48, signed at or after {@code signedFrom}, before {@code signedUntil}).
 */
public record InvalidationRequest(
        @Size(max = 253) @Pattern(regexp = "[^@\\s]+\\.[^@\\s]+", message = "must be a domain such as example.org")
        String emailDomain,
        @Size(max = 64) String clientNetwork,
        Instant signedFrom,
        Instant signedUntil) {

    @AssertTrue(message = "give at least one of emailDomain, clientNetwork, signedFrom, signedUntil")
    public boolean isNarrowed() {
        return emailDomain != null || clientNetwork != null || signedFrom != null || signedUntil != null;
    }

    @AssertTrue(message = "signedFrom must be before signedUntil")
    public boolean isWindowOrdered() {
        return signedFrom == null || signedUntil == null || signedFrom.isBefore(signedUntil);
    }
}
