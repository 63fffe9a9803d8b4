package org.chorus.letter.rest.dto;

/** A letter as a batch created now would write it, and which names it prints and why not the others. */
public record LetterPreviewView(String subject, String html, NamesView names) {
}
