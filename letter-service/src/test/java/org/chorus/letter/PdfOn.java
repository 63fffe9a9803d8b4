package org.chorus.letter;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Letters are printed to PDF by the real headless Chromium, looked for every second. */
public class PdfOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("chorus.letter.pdf.enabled", "true", "chorus.letter.pdf.poll", "1s");
    }
}
