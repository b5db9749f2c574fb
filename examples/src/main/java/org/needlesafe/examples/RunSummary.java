package org.needlesafe.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.plan.Area;

/**
 * The table that closes the text report of a run of several cases: one line per case, in the order the cases were
 * reported, with its file, decision, the areas treated today and those left out, and its most restrictive finding,
 * so a reader can scan a whole run and go back to the case that needs them. The file is named in full, however
 * long, so the reader can find it, and the decision too; the other cells are shortened with an ellipsis to keep
 * lines within {@value ReportRenderer#WIDTH} characters, and only a long file name makes a line wider (the finding
 * keeps at least {@value #MIN_FINDING_WIDTH} characters). Thread-safe.
 */
final class RunSummary {
    /** The widest areas cells; the file's and the decision's columns are as wide as their longest cell. */
    private static final int[] MAX_WIDTH = {Integer.MAX_VALUE, Integer.MAX_VALUE, 20};
    private static final int MIN_FINDING_WIDTH = 30;
    private static final String GAP = "  ";

    private final ReportText words;
    private final String[] headings;
    private final List<String[]> rows = new ArrayList<>();

    RunSummary(ReportText words) {
        this.words = words;
        this.headings = new String[] {words.text("summary.file"), words.text("summary.decision"),
            words.text("summary.areas"), words.text("summary.finding")};
    }

    synchronized void add(String file, Assessment assessment) {
        List<String> treated = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<Area, Decision> area : assessment.areaDecisions().entrySet()) {
            (area.getValue().treatableToday() && assessment.decision().treatableToday() ? treated : leftOut)
                    .add(words.code(area.getKey()));
        }
        String finding = assessment.findings().stream()
                .max(Comparator.comparing(Finding::decision)) // the first of the most restrictive
                .map(Finding::summary).orElse(words.text("summary.none"));
        rows.add(new String[] {name(file), words.code(assessment.decision()),
            listed(treated) + " / " + listed(leftOut), finding});
    }

    synchronized void addInvalid(String file) {
        rows.add(new String[] {name(file), words.text("summary.notAssessed"), "-", words.text("summary.invalid")});
    }

    /** The table, after a blank line; nothing when the run had fewer than two cases. */
    synchronized String render() {
        if (rows.size() < 2) {
            return "";
        }
        int[] widths = new int[MAX_WIDTH.length];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headings[column].length();
            for (String[] row : rows) {
                widths[column] = Math.min(MAX_WIDTH[column], Math.max(widths[column], row[column].length()));
            }
        }
        StringBuilder text = new StringBuilder("\n").append(words.text("summary.title", rows.size())).append('\n');
        line(text, headings, widths);
        for (String[] row : rows) {
            line(text, row, widths);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            String cell = fit(cells[column], widths[column]);
            line.append(cell).append(" ".repeat(widths[column] - cell.length())).append(GAP);
        }
        line.append(fit(cells[widths.length], Math.max(MIN_FINDING_WIDTH, ReportRenderer.WIDTH - line.length())));
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** The cell, shortened to the width with an ellipsis where it is longer. */
    private static String fit(String cell, int width) {
        return cell.length() <= width ? cell : cell.substring(0, width - 3).stripTrailing() + "...";
    }

    /** The file's own name, without its folder (the case's report above names it in full). */
    private static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private String listed(List<String> areas) {
        return areas.isEmpty() ? words.text("summary.none") : String.join(", ", areas);
    }
}
