package org.chorus.letter.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.chorus.letter.batch.LettersCreated;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Prints every letter without a PDF, one at a time on its own thread: right after a batch is created, and every
 * {@code poll} for whatever is left (a restart, another replica's batch, a browser that failed). Creating a batch
 * never waits for Chromium; dispatch waits until all of its letters have their PDF.
 */
@ApplicationScoped
public class PdfRendering {

    private static final int LETTERS_PER_QUERY = 20;

    private final PdfConfig config;
    private final PdfPrinter printer;
    private final LetterPdfs pdfs;
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledExecutorService worker;
    private String lastFailure;

    public PdfRendering(PdfConfig config, PdfPrinter printer, LetterPdfs pdfs) {
        this.config = config;
        this.printer = printer;
        this.pdfs = pdfs;
    }

    void start(@Observes StartupEvent start) {
        if (!config.enabled()) {
            Log.info("letter PDFs are off (chorus.letter.pdf.enabled=false): letters go out as HTML only");
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "letter-pdfs"));
        long poll = config.poll().toMillis();
        worker.scheduleWithFixedDelay(this::printAll, poll, poll, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void lettersCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) LettersCreated created) {
        wake();
    }

    /** Print now rather than at the next poll; a wake while one is pending adds nothing. */
    public void wake() {
        if (worker != null && woken.compareAndSet(false, true)) {
            worker.execute(() -> {
                woken.set(false);
                printAll();
            });
        }
    }

    private void printAll() {
        try {
            for (List<LetterPdfs.Unprinted> letters = pdfs.unprinted(LETTERS_PER_QUERY); !letters.isEmpty();
                    letters = pdfs.unprinted(LETTERS_PER_QUERY)) {
                for (LetterPdfs.Unprinted letter : letters) {
                    pdfs.store(letter.letterId(), letter.html(), printer.print(letter.html()));
                }
                if (lastFailure != null) {
                    Log.info("letter PDFs are printed again");
                    lastFailure = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Said once per distinct failure, not at every poll; the letters wait and are tried again.
            if (!Objects.equals(lastFailure, e.getMessage())) {
                lastFailure = e.getMessage();
                Log.warnf("letter PDFs cannot be printed now, retrying every %s: %s", config.poll(), e.getMessage());
            }
        }
    }
}
