package org.chorus.letter.batch;

import java.util.UUID;

/** Fired when a batch's letters were written; observed once the transaction committed, to print their PDFs. */
public record LettersCreated(UUID batchId) {
}
