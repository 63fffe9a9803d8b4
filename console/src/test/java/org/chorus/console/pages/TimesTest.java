package org.chorus.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void anInstantReadsAsADayAndATimeInUtcAndKeepsItsMachineFormForTheReadersZone() {
        assertEquals("<time datetime=\"2026-12-07T22:08:13.123Z\">7 Dec 2026, 22:08 UTC</time>",
                Times.of("2026-12-07T22:08:13.123Z").getValue());
    }

    @Test
    void somethingThatIsNotAnInstantIsShownAsItIsEscaped() {
        assertEquals("soon &lt;b&gt;", Times.of("soon <b>").getValue());
    }

    @Test
    void noTimeIsNothing() {
        assertEquals("", Times.of(null).getValue());
        assertEquals("", Times.of(" ").getValue());
    }
}
