package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text colour of the stylesheet reads at WCAG AA (4.5:1) against the background it is drawn on. */
class StylesheetContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern COLOR = Pattern.compile("(?<![-\\w])color:(#[0-9a-fA-F]{3,6})");
    private static final Pattern BACKGROUND = Pattern.compile("background:(#[0-9a-fA-F]{3,6})");
    private static final String PAGE_BACKGROUND = "#fff";

    @Test
    void everyTextColourHasAtLeastFourAndAHalfToOneContrast() throws IOException {
        String css = stylesheet().replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> colorBySelector = new HashMap<>();
        Matcher rule = RULE.matcher(css);
        int checked = 0;
        while (rule.find()) {
            String selector = rule.group(1).strip();
            String color = first(COLOR, rule.group(2));
            String background = first(BACKGROUND, rule.group(2));
            if (color != null) {
                colorBySelector.put(selector, color);
            } else if (background != null) {
                // a state such as button:hover keeps the text colour of its element
                color = colorBySelector.get(selector.replaceAll(":.*", ""));
            }
            if (color != null) {
                String drawnOn = background != null ? background : PAGE_BACKGROUND;
                double ratio = contrast(color, drawnOn);
                assertTrue(ratio >= 4.5, selector + ": " + color + " on " + drawnOn + " is " + ratio + ":1");
                checked++;
            }
        }
        assertTrue(checked >= 5, "found the colours: " + checked);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String first(Pattern p, String declarations) {
        Matcher m = p.matcher(declarations);
        return m.find() ? m.group(1) : null;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StylesheetContrastTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/p/assets/petition.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
