package org.needlesafe.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.SideEffect;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Language;

/**
 * The readable report of one assessment, for a clinician reading at a glance: the decision first (and the area
 * decisions), then the findings, most restrictive first, each with what to do and why, then the missing
 * information, then what to expect and the aftercare when the treatment goes ahead. Plain text, lines of at most
 * {@value #WIDTH} characters. Codes are written as their display names. A run of several cases ends with its
 * {@link RunSummary}.
 */
final class ReportRenderer {
    static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private final ReportText words;
    private final RunSummary summary;

    /** A renderer of English reports. */
    ReportRenderer() {
        this(Language.ENGLISH);
    }

    /** A renderer of reports in a language; the assessments it renders are to be written in it too. */
    ReportRenderer(Language language) {
        this.words = new ReportText(language);
        this.summary = new RunSummary(words);
    }

    /** The report of one assessed case, ending with a line break; the decision is its first line. */
    String render(String file, Assessment assessment) {
        summary.add(file, assessment);
        StringBuilder text = new StringBuilder();
        text.append("== ").append(words.text("decision", words.code(assessment.decision()),
                words.text("meaning." + assessment.decision().name()))).append('\n');
        text.append("   ").append(file);
        if (assessment.caseId() != null) {
            text.append(' ').append(words.text("case", assessment.caseId()));
        }
        text.append('\n');
        if (assessment.languageNotice() != null) {
            wrap(text, "", "", assessment.languageNotice());
        }
        areas(text, assessment);
        text.append(words.text("profile", assessment.jurisdictionProfile().id(),
                assessment.jurisdictionProfile().version(), assessment.rulesetVersion())).append('\n');
        findings(text, assessment.findings());
        missing(text, assessment.missingInformation());
        whatToExpect(text, assessment);
        return text.toString();
    }

    /** The stand-in for a file that could not be assessed; its problems go to standard error. */
    String renderInvalid(String file, int problems) {
        summary.addInvalid(file);
        return "== " + words.text("invalid", problems) + "\n   " + file + "\n";
    }

    /** The closing table of a run of several cases, or nothing for a single case. */
    String summary() {
        return summary.render();
    }

    private void areas(StringBuilder text, Assessment assessment) {
        List<String> each = new ArrayList<>();
        List<String> today = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<Area, Decision> entry : assessment.areaDecisions().entrySet()) {
            each.add(words.text("areaDecision", words.code(entry.getKey()), words.code(entry.getValue())));
            (entry.getValue().treatableToday() ? today : leftOut).add(words.code(entry.getKey()));
        }
        wrap(text, words.text("areas"), INDENT, String.join("; ", each));
        if (assessment.decision().treatableToday() && !leftOut.isEmpty()) {
            wrap(text, words.text("treatToday"), INDENT,
                    words.text("leaveOut", String.join(", ", today), String.join(", ", leftOut)));
        }
    }

    private void findings(StringBuilder text, List<Finding> findings) {
        text.append('\n');
        if (findings.isEmpty()) {
            text.append(words.text("findingsNone")).append('\n');
            return;
        }
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::decision).reversed()); // stable: keeps the advisor's order within
        text.append(words.text("findings")).append('\n');
        for (int i = 0; i < ordered.size(); i++) {
            Finding finding = ordered.get(i);
            String number = String.format("%2d. ", i + 1);
            wrap(text, number, INDENT, words.code(finding.decision())
                    + (finding.area() == null ? "" : " [" + words.code(finding.area()) + "]") + " - " + finding.summary());
            line(text, words.text("rule"), words.text("ruleLine", finding.ruleId(),
                    String.join(", ", KbItem.ids(finding.kb())),
                    words.code(finding.category()), finding.area() == null ? words.text("caseWide")
                            : words.text("forArea", words.code(finding.area()))));
            line(text, words.text("why"), finding.rationale());
            line(text, words.text("evidence"), words.code(finding.evidence()) + " (" + finding.source() + ")");
            String basisLabel = words.text("basis");
            for (int b = 0; b < finding.basis().size(); b++) {
                line(text, b == 0 ? basisLabel : " ".repeat(basisLabel.length()), words.basis(finding.basis().get(b)));
            }
            if (finding.referTo() != null) {
                line(text, words.text("referTo"), words.code(finding.referTo()));
            }
            if (finding.deferUntil() != null) {
                line(text, words.text("notBefore"), words.date(finding.deferUntil()));
            }
            if (finding.planChange() != null) {
                line(text, words.text("planChange"), planChange(finding.planChange()));
            }
            if (finding.cleared() != null) {
                Cleared cleared = finding.cleared();
                line(text, words.text("cleared"), words.text("clearedLine", words.code(cleared.by()),
                        words.date(cleared.date()), words.code(cleared.uncleared())));
            }
        }
    }

    private String planChange(PlanChange change) {
        return change.match(
                depth -> words.text("change.maxDepth", words.code(depth.area()), words.decimal(depth.maxDepthMm())),
                area -> words.text("change.removeArea", words.code(area.area())),
                topical -> words.text("change.removeTopical", words.code(topical.product())),
                anesthetic -> words.text("change.omitAnesthetic"));
    }

    private void missing(StringBuilder text, List<String> missing) {
        text.append('\n');
        if (missing.isEmpty()) {
            text.append(words.text("missingNone")).append('\n');
            return;
        }
        text.append(words.text("missing")).append('\n');
        for (String path : missing) {
            text.append("  - ").append(path).append('\n');
        }
    }

    private void whatToExpect(StringBuilder text, Assessment assessment) {
        text.append('\n');
        if (!assessment.decision().treatableToday()) {
            text.append(words.text("notToday")).append('\n');
            return;
        }
        if (assessment.expectedSideEffects().isEmpty()) {
            text.append(words.text("sideEffectsNone")).append('\n');
        } else {
            text.append(words.text("sideEffects")).append('\n');
            for (SideEffect effect : assessment.expectedSideEffects()) {
                wrap(text, "  - ", INDENT, effect.summary() + " (" + effect.typicalDuration() + ")");
            }
        }
        if (assessment.aftercare().isEmpty()) {
            text.append(words.text("aftercareNone")).append('\n');
        } else {
            text.append(words.text("aftercare")).append('\n');
            for (AftercareStep step : assessment.aftercare()) {
                String days = step.fromDay() == step.untilDay() ? words.text("day", step.fromDay())
                        : words.text("days", step.fromDay(), step.untilDay());
                wrap(text, "  - ", INDENT, days + ": " + step.instruction());
            }
        }
        if (assessment.nextSessionEarliest() != null) {
            text.append(words.text("nextSession", words.date(assessment.nextSessionEarliest()))).append('\n');
        }
    }

    /** One labelled detail of a finding, indented under it. */
    private static void line(StringBuilder text, String label, String value) {
        wrap(text, INDENT + label, INDENT + " ".repeat(label.length()), value);
    }

    /** The text after the first prefix, wrapped at {@link #WIDTH} with the other prefix on further lines. */
    static void wrap(StringBuilder text, String first, String rest, String value) {
        String prefix = first;
        for (String paragraph : value.split("\n", -1)) {
            StringBuilder line = new StringBuilder(prefix);
            boolean empty = true;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!empty && line.length() + 1 + word.length() > WIDTH) {
                    text.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(rest);
                    empty = true;
                }
                if (!empty) {
                    line.append(' ');
                }
                line.append(word);
                empty = false;
            }
            text.append(line.toString().stripTrailing()).append('\n');
            prefix = rest;
        }
    }
}
