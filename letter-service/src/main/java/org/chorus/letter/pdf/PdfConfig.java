package org.chorus.letter.pdf;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How letters become PDFs: headless Chromium, which shapes Burmese, Arabic and Chinese text correctly. */
@ConfigMapping(prefix = "chorus.letter.pdf")
public interface PdfConfig {

    /** Off only where no Chromium can run: letters then go out as HTML alone and dispatch does not wait for PDFs. */
    @WithDefault("true")
    boolean enabled();

    /** The Chromium program (Debian: package chromium, with fonts-noto-core and fonts-noto-cjk). */
    @WithDefault("chromium")
    String chromium();

    /** The longest one letter may take, and the longest the browser may take to start. */
    @WithDefault("60s")
    Duration timeout();

    /** How often letters still without a PDF are looked for (besides right after a batch is created). */
    @WithDefault("10s")
    Duration poll();
}
