package org.chorus.petition.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accent colour a partner asks for the embedded form's button, as six lower-case hex digits. It reaches the page
 * as a stylesheet of its own (/embed/assets/accent.css?c=0a7d5e), not inline: the embed page allows styles from
 * 'self' only, and a stylesheet per colour is cached by every browser while a nonce would have to differ per page.
 * The button's text is black or white, whichever reads better on the colour, so no colour makes it unreadable.
 */
public record Accent(String hex) {

    /** How the widget and the page may write it: #0a7d5e, 0a7d5e, #0a7 or 0a7, in either case. */
    private static final Pattern GIVEN = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** WCAG's minimum contrast of a control's outline against its surroundings (1.4.11). */
    private static final double OUTLINE_CONTRAST = 3.0;

    static Optional<Accent> parse(String value) {
        if (value == null || !GIVEN.matcher(value).matches()) {
            return Optional.empty();
        }
        String digits = value.replace("#", "").toLowerCase(Locale.ROOT);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        return Optional.of(new Accent(digits));
    }

    public String href() {
        return "/embed/assets/accent.css?c=" + hex;
    }

    /** Comes after petition.css, so these rules win over its button colours. */
    String stylesheet() {
        double onWhite = contrast(hex, "ffffff");
        String text = onWhite >= contrast(hex, "000000") ? "#fff" : "#000";
        // a pale button would melt into the white page: it gets a dark edge
        String border = onWhite < OUTLINE_CONTRAST ? ";border:2px solid #000" : "";
        return "button{background:#" + hex + ";color:" + text + border + "}\n"
                + "button:hover{background:#" + hex + ";text-decoration:underline}\n";
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
