package org.chorus.petition.rest.dto;

/** {@code {"status": "PENDING"}} and the like. */
public record StatusView(String status) {
}
