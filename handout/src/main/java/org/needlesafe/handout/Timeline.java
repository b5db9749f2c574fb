package org.needlesafe.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.needlesafe.AftercareStep;
import org.needlesafe.SideEffect;

/**
 * The handout's picture: the first {@value #DAYS} days after treatment as columns, one bar per expected side effect
 * whose days are known and one per aftercare step, drawn as inline SVG. A bar that runs past the last column ends in
 * an arrow with the date it lasts until. Plain shapes and text only, so it prints as it shows.
 */
final class Timeline {
    static final int DAYS = 15;
    /** The code of the aftercare step that is the watch for warning signs: drawn in red. */
    static final String RED_FLAGS = "RED_FLAGS";
    private static final int WIDTH = 700;
    private static final int LABEL = 178;
    private static final int LATER = 62;
    private static final int DAY = (WIDTH - LABEL - LATER) / DAYS;
    private static final int HEAD = 32;
    private static final int GROUP = 15;
    private static final int ROW = 14;
    /**
     * Side effects whose typical duration ("about 2-3 days", "days 2-5") places them on the days: from the treatment
     * day to the last day of the range, or on the days of the range. Others ("weeks to months") are described in
     * words only.
     */
    private static final Map<String, Boolean> FROM_TREATMENT_DAY = Map.of(
            "ERYTHEMA_OEDEMA", true,
            "DRYNESS_FLAKING", false);
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

    private final HandoutWords words;
    private final LocalDate treatmentDay;

    Timeline(HandoutWords words, LocalDate treatmentDay) {
        this.words = words;
        this.treatmentDay = treatmentDay;
    }

    /** A bar of the picture: its words and its days, day 0 the treatment day. */
    record Bar(String label, int from, int until, String kind) {
    }

    /** The side effects the picture can place on days. */
    static List<SideEffect> placed(List<SideEffect> effects) {
        return effects.stream().filter(effect -> span(effect) != null).toList();
    }

    String svg(List<SideEffect> effects, List<AftercareStep> steps) {
        List<Bar> expect = new ArrayList<>();
        for (SideEffect effect : placed(effects)) {
            int[] days = span(effect);
            expect.add(new Bar(label("timeline.sideEffect." + effect.code(), "timeline.sideEffect.other"), days[0],
                    days[1], "effect"));
        }
        List<Bar> care = new ArrayList<>();
        for (AftercareStep step : steps) {
            care.add(new Bar(label("timeline.aftercare." + step.code(), "timeline.aftercare.other"), step.fromDay(),
                    step.untilDay(), RED_FLAGS.equals(step.code()) ? "flag" : "care"));
        }
        int groups = (expect.isEmpty() ? 0 : 1) + (care.isEmpty() ? 0 : 1);
        int height = HEAD + groups * GROUP + (expect.size() + care.size()) * ROW + 6;
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(words.get("timeline.title"))).append("\">\n");
        grid(svg, height);
        int y = HEAD;
        y = group(svg, y, words.get("timeline.expect"), expect);
        group(svg, y, words.get("timeline.care"), care);
        return svg.append("</svg>\n").toString();
    }

    private void grid(StringBuilder svg, int height) {
        text(svg, 4, 13, "head", words.get("timeline.day"));
        text(svg, 4, 27, "date", words.get("timeline.date"));
        for (int day = 0; day < DAYS; day++) {
            int x = LABEL + day * DAY;
            if (day % 2 == 0) {
                svg.append("<rect x=\"").append(x).append("\" y=\"0\" width=\"").append(DAY).append("\" height=\"")
                        .append(height).append("\" class=\"stripe\"/>\n");
            }
            int middle = x + DAY / 2;
            textMiddle(svg, middle, 13, day == 0 ? "head today" : "head", String.valueOf(day));
            LocalDate date = treatmentDay.plusDays(day);
            textMiddle(svg, middle, 27, "date", day == 0 || date.getDayOfMonth() == 1 ? words.shortDate(date)
                    : String.valueOf(date.getDayOfMonth()));
        }
        textMiddle(svg, LABEL + DAYS * DAY + LATER / 2, 13, "head", words.get("timeline.later"));
        svg.append("<line x1=\"0\" y1=\"").append(HEAD - 3).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(HEAD - 3).append("\" class=\"rule\"/>\n");
    }

    private int group(StringBuilder svg, int y, String heading, List<Bar> bars) {
        if (bars.isEmpty()) {
            return y;
        }
        text(svg, 4, y + 11, "group", heading);
        y += GROUP;
        for (Bar bar : bars) {
            text(svg, 10, y + 10, "label", bar.label());
            int from = Math.min(bar.from(), DAYS);
            boolean later = bar.until() >= DAYS;
            int x = LABEL + from * DAY + 2;
            int end = later ? LABEL + DAYS * DAY + 6 : LABEL + (bar.until() + 1) * DAY - 2;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(Math.max(4, end - x)).append("\" height=\"").append(ROW - 5)
                    .append("\" rx=\"4\" class=\"bar ").append(bar.kind()).append("\"/>\n");
            if (later) {
                svg.append("<path d=\"M").append(end).append(' ').append(y).append(" l8 7 l-8 7 z\" class=\"bar ")
                        .append(bar.kind()).append("\"/>\n");
                text(svg, end + 11, y + 10, "until",
                        words.shortDate(treatmentDay.plusDays(bar.until())));
            }
            y += ROW;
        }
        return y;
    }

    private String label(String key, String fallback) {
        String label = words.optional(key);
        return label != null ? label : words.get(fallback);
    }

    /** The days a side effect is drawn on, or {@code null} when its duration does not place it on days. */
    private static int[] span(SideEffect effect) {
        Boolean fromTreatment = FROM_TREATMENT_DAY.get(effect.code());
        Matcher range = RANGE.matcher(effect.typicalDuration() == null ? "" : effect.typicalDuration());
        if (fromTreatment == null || !range.find()) {
            return null;
        }
        int first = Integer.parseInt(range.group(1));
        int last = Integer.parseInt(range.group(2));
        return fromTreatment ? new int[] {0, last} : new int[] {first, last};
    }

    private static void text(StringBuilder svg, int x, int y, String kind, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" class=\"").append(kind)
                .append("\">").append(Html.escape(text)).append("</text>\n");
    }

    private static void textMiddle(StringBuilder svg, int x, int y, String kind, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" class=\"")
                .append(kind).append("\">").append(Html.escape(text)).append("</text>\n");
    }
}
