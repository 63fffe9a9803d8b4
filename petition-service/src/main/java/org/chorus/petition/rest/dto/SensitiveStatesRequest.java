package org.chorus.petition.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chorus.petition.rest.validation.CountryCode;

/**
 * The body of {@code POST /api/petitions/{slug}/sensitive-states}: states the petition accuses, to add to those it
 * names. Adding is allowed once people sign, as it only keeps names out of letters; nothing here removes one.
 */
public record SensitiveStatesRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull @CountryCode String> add) {
}
