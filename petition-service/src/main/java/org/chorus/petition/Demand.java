package org.chorus.petition;

/** One addressable ask of a petition: letters and targets refer to it by id. */
public record Demand(String id, String text) {
}
