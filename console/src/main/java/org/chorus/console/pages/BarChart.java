package org.chorus.console.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signatures over time as an inline SVG bar chart, computed here so that the page draws it with no script and no
 * third-party service: one pair of bars per bucket (signed, and confirmed), scaled to the largest bucket. The same
 * figures are in a table next to it, for screen readers and for anyone who wants the numbers.
 */
public record BarChart(int width, int height, long max, List<Bar> bars) {

    public record Bar(String label, long signed, long confirmed, double x, double confirmedX, double signedY,
            double signedHeight, double confirmedY, double confirmedHeight, double barWidth) {
    }

    static final int HEIGHT = 120;

    /** @param buckets the stats API's buckets: {@code at}, {@code signed}, {@code confirmed} */
    static BarChart of(List<Object> buckets, int labelLength) {
        long max = 1;
        for (Object bucket : buckets) {
            Map<?, ?> b = (Map<?, ?>) bucket;
            max = Math.max(max, Math.max(number(b.get("signed")), number(b.get("confirmed"))));
        }
        double slot = 10;
        double barWidth = 4;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Map<?, ?> b = (Map<?, ?>) buckets.get(i);
            long signed = number(b.get("signed"));
            long confirmed = number(b.get("confirmed"));
            String at = String.valueOf(b.get("at"));
            String label = at.length() >= labelLength ? at.substring(0, labelLength).replace('T', ' ') : at;
            double signedHeight = signed * (double) HEIGHT / max;
            double confirmedHeight = confirmed * (double) HEIGHT / max;
            bars.add(new Bar(label, signed, confirmed, i * slot, i * slot + barWidth, HEIGHT - signedHeight,
                    signedHeight, HEIGHT - confirmedHeight, confirmedHeight, barWidth));
        }
        return new BarChart((int) Math.max(slot, buckets.size() * slot), HEIGHT, max, bars);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
