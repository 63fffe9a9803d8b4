package org.chorus.letter.rest.dto;

import java.util.List;

/**
 * Which names the letter to one target prints, as staff see it before a batch: how many, and how many are withheld
 * for each reason ({@code NOT_CONSENTED}, {@code SENSITIVE_STATE}, {@code OWN_GOVERNMENT_NOT_CHOSEN}; a reason
 * that applies to nobody is left out). Counts only: no name, no signature id.
 */
public record NamesView(String target, long named, List<Withheld> withheld) {

    /** {@code label} says it in words, naming the state for {@code SENSITIVE_STATE}. */
    public record Withheld(String reason, String label, long count) {
    }
}
