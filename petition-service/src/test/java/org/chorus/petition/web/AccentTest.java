package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AccentTest {

    private static final Pattern BUTTON = Pattern.compile("button\\{background:#([0-9a-f]{6});color:#(fff|000)");

    @Test
    void acceptsTheWaysPeopleWriteAHexColour() {
        assertEquals(Optional.of(new Accent("0a7d5e")), Accent.parse("#0a7d5e"));
        assertEquals(Optional.of(new Accent("0a7d5e")), Accent.parse("0A7D5E"));
        assertEquals(Optional.of(new Accent("aa77dd")), Accent.parse("#a7d"));
    }

    @Test
    void ignoresWhatIsNoHexColour() {
        for (String value : new String[] { null, "", "#", "red", "#0a7d5", "#0a7d5e0", "0a7d5e;color:red",
                "rgb(0,0,0)", "#ggg" }) {
            assertEquals(Optional.empty(), Accent.parse(value), value);
        }
    }

    @Test
    void everyColourGetsButtonTextThatReadsAtFourAndAHalfToOne() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String hex = "%06x".formatted(random.nextInt(0x1000000));
            Matcher m = BUTTON.matcher(new Accent(hex).stylesheet());
            assertTrue(m.find());
            String text = m.group(2).equals("fff") ? "ffffff" : "000000";
            double ratio = Accent.contrast(hex, text);
            assertTrue(ratio >= 4.5, "#" + hex + " with #" + text + ": " + ratio);
        }
    }

    @Test
    void aPaleButtonGetsADarkEdgeOnTheWhitePage() {
        assertTrue(new Accent("fff3bf").stylesheet().contains("border:2px solid #000"));
        assertTrue(!new Accent("0b4f9c").stylesheet().contains("border"));
    }
}
