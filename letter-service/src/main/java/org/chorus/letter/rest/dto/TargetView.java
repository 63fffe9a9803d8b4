package org.chorus.letter.rest.dto;

import java.util.List;
import java.util.UUID;

/** A target as the directory shows it to staff. */
public record TargetView(UUID id, String code, String name, String locale, List<ContactRequest> contacts) {
}
