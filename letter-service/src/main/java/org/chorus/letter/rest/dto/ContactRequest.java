package org.chorus.letter.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chorus.letter.directory.TargetContact;

/** A contact of a target as staff enter it, and as the directory shows it. */
public record ContactRequest(
        @NotNull TargetContact.Role role,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String salutation,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 1000) String postalAddress) {

    public static ContactRequest of(TargetContact c) {
        return new ContactRequest(c.role, c.name, c.title, c.salutation, c.email, c.postalAddress);
    }
}
