package org.citizenhub.survey.surveys.results.render;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, rendered on the server: no JavaScript, printable, and accessible — the SVG
 * is {@code role="img"} labelled by its {@code <title>} and described by a {@code <desc>} that lists every value, each
 * bar carries its value as visible text, and the page shows the same numbers in a table beside it.
 */
public final class BarChart {

    /** One bar: its label, its length relative to the others, and the text written at its end. */
    public record Bar(String label, double value, String text) {
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int VALUE_WIDTH = 110;
    static final int ROW = 28;
    static final int LABEL_CHARS = 14;

    private BarChart() {
    }

    /** @param id unique on the page, used for the aria references */
    public static String svg(String id, String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        int track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder desc = new StringBuilder();
        for (Bar b : bars) {
            desc.append(desc.isEmpty() ? "" : "; ").append(b.label()).append(": ").append(b.text());
        }
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "_");
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId)
                .append("-desc\">");
        s.append("<title id=\"").append(safeId).append("-title\">").append(Html.escape(title)).append("</title>");
        s.append("<desc id=\"").append(safeId).append("-desc\">").append(Html.escape(desc.toString()))
                .append("</desc>");
        int y = 4;
        for (Bar b : bars) {
            long length = max <= 0 ? 0 : Math.round(track * b.value() / max);
            int middle = y + ROW / 2;
            s.append("<g>");
            s.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(middle + 5)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shortened(b.label()))).append("</text>");
            s.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(length).append("\" height=\"").append(ROW - 8).append("\" class=\"bar\"/>");
            s.append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(middle + 5)
                    .append("\" class=\"value\">").append(Html.escape(b.text())).append("</text>");
            s.append("</g>");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    /** Long labels are cut in the chart (the table and the description keep them whole). */
    static String shortened(String label) {
        if (label == null) {
            return "";
        }
        int points = label.codePointCount(0, label.length());
        if (points <= LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
