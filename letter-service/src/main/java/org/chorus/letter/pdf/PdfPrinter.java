package org.chorus.letter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Prints a letter's HTML to PDF in one long-lived headless Chromium (started on first use, restarted if it dies),
 * each letter in a fresh tab with scripts off. One letter at a time: on two cores a second one in parallel is not
 * faster.
 */
@ApplicationScoped
public class PdfPrinter {

    /** ISO A4 in inches, the size diplomatic correspondence uses outside North America. */
    private static final double A4_WIDTH = 8.27;
    private static final double A4_HEIGHT = 11.69;

    private final PdfConfig config;
    private final ObjectMapper json;
    private DevToolsPipe browser;
    private Path profile;

    public PdfPrinter(PdfConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** @throws IOException when Chromium cannot be started or does not print the letter in time */
    public synchronized byte[] print(String html) throws IOException {
        DevToolsPipe pipe = browser();
        String target = pipe.call("Target.createTarget", Map.of("url", "about:blank"), null).path("targetId").asText();
        try {
            String session = pipe.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null)
                    .path("sessionId").asText();
            pipe.call("Emulation.setScriptExecutionDisabled", Map.of("value", true), session);
            String frame = pipe.call("Page.getFrameTree", Map.of(), session).path("frameTree").path("frame")
                    .path("id").asText();
            pipe.call("Page.setDocumentContent", Map.of("frameId", frame, "html", html), session);
            String data = pipe.call("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true,
                    "paperWidth", A4_WIDTH, "paperHeight", A4_HEIGHT), session).path("data").asText();
            return Base64.getDecoder().decode(data);
        } finally {
            if (pipe.alive()) {
                pipe.call("Target.closeTarget", Map.of("targetId", target), null);
            }
        }
    }

    private DevToolsPipe browser() throws IOException {
        if (browser != null && browser.alive()) {
            return browser;
        }
        stop();
        profile = Files.createTempDirectory("chorus-chromium-");
        try {
            browser = DevToolsPipe.start(config.chromium(), profile, config.timeout(), json);
        } catch (IOException e) {
            stop();
            throw new IOException("Chromium (" + config.chromium() + ") could not be started: " + e.getMessage(), e);
        }
        Log.infof("started headless Chromium for letter PDFs");
        return browser;
    }

    @PreDestroy
    synchronized void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(PdfPrinter::delete);
            } catch (IOException | UncheckedIOException e) {
                Log.warnf("could not remove Chromium's profile folder %s", profile);
            }
            profile = null;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
