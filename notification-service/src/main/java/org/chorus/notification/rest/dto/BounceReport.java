package org.chorus.notification.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A bounce that came back after an email was accepted (a DSN): the Message-ID of the returned email, and whether
 * the address is gone for good ({@code hard}) or the trouble passes ({@code soft}, recorded nowhere).
 */
public record BounceReport(
        @NotBlank @Size(max = 200) String messageId,
        @NotBlank @Pattern(regexp = "hard|soft", message = "must be hard or soft") String type,
        @Size(max = 300) String diagnostic) {

    public boolean hard() {
        return "hard".equals(type);
    }
}
