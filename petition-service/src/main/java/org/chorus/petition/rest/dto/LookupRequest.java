package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signer's address, in a body so that it never appears in a URL or an access log. */
public record LookupRequest(@NotBlank @Email @Size(max = 254) String email) {
}
