package org.needlesafe.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.SideEffect;
import org.needlesafe.plan.Area;
import org.needlesafe.text.DisplayNames;

/**
 * The readable report of one assessment, for a clinician reading at a glance: the decision first (and the area
 * decisions), then the findings, most restrictive first, each with what to do and why, then the missing
 * information, then what to expect and the aftercare when the treatment goes ahead. Codes are written as their
 * display names. Plain text, lines of at most {@value #WIDTH} characters. A run of several cases ends with its
 * {@link RunSummary}.
 */
final class ReportRenderer {
    static final int WIDTH = 100;
    private static final String INDENT = "    ";
    private static final DisplayNames NAMES = DisplayNames.english();

    private final RunSummary summary = new RunSummary();

    /** The report of one assessed case, ending with a line break. */
    String render(String file, Assessment assessment) {
        summary.add(file, assessment);
        StringBuilder text = new StringBuilder();
        text.append("== Decision: ").append(words(assessment.decision())).append(" - ")
                .append(meaning(assessment.decision())).append('\n');
        text.append("   ").append(file);
        if (assessment.caseId() != null) {
            text.append("  (case ").append(assessment.caseId()).append(')');
        }
        text.append('\n');
        areas(text, assessment);
        text.append("Jurisdiction profile ").append(assessment.jurisdictionProfile().id()).append(' ')
                .append(assessment.jurisdictionProfile().version()).append(", rule set ")
                .append(assessment.rulesetVersion()).append('\n');
        findings(text, assessment.findings());
        missing(text, assessment.missingInformation());
        whatToExpect(text, assessment);
        return text.toString();
    }

    /** The stand-in for a file that could not be assessed; its problems go to standard error. */
    String renderInvalid(String file, int problems) {
        summary.addInvalid(file);
        return "== Not assessed: the input is invalid (" + problems
                + (problems == 1 ? " problem" : " problems") + ", listed on standard error)\n   " + file + "\n";
    }

    /** The closing table of a run of several cases, or nothing for a single case. */
    String summary() {
        return summary.render();
    }

    /** The words for a code: its display name. */
    static String words(Enum<?> code) {
        return NAMES.of(code);
    }

    /** A category or an evidence level, which have no display names: the code in lower case is the word. */
    private static String lowerCase(Enum<?> code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String meaning(Decision decision) {
        return switch (decision) {
            case PROCEED -> "treat as planned";
            case PROCEED_WITH_PRECAUTIONS -> "treat as planned, with the precautions below";
            case MODIFY_PLAN -> "treat today only after the changes below";
            case DEFER -> "not today; re-assess when the cause below is gone";
            case DO_NOT_PROCEED -> "do not treat: unsafe with this practitioner, set-up or patient";
        };
    }

    private static void areas(StringBuilder text, Assessment assessment) {
        List<String> each = new ArrayList<>();
        List<String> today = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<Area, Decision> entry : assessment.areaDecisions().entrySet()) {
            each.add(words(entry.getKey()) + ": " + words(entry.getValue()));
            (entry.getValue().treatableToday() ? today : leftOut).add(words(entry.getKey()));
        }
        wrap(text, "Areas: ", INDENT, String.join("; ", each));
        if (assessment.decision().treatableToday() && !leftOut.isEmpty()) {
            wrap(text, "Treat today: ", INDENT,
                    String.join(", ", today) + "; leave out: " + String.join(", ", leftOut));
        }
    }

    private static void findings(StringBuilder text, List<Finding> findings) {
        text.append('\n');
        if (findings.isEmpty()) {
            text.append("Findings: none\n");
            return;
        }
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::decision).reversed()); // stable: keeps the advisor's order within
        text.append("Findings, most restrictive first:\n");
        for (int i = 0; i < ordered.size(); i++) {
            Finding finding = ordered.get(i);
            String number = String.format("%2d. ", i + 1);
            wrap(text, number, INDENT, words(finding.decision())
                    + (finding.area() == null ? "" : " [" + words(finding.area()) + "]") + " - " + finding.summary());
            line(text, "Rule: ", finding.ruleId() + " (KB " + String.join(", ", finding.kb()) + "), "
                    + lowerCase(finding.category()) + ", "
                    + (finding.area() == null ? "case-wide" : "for " + words(finding.area())));
            line(text, "Why: ", finding.rationale());
            line(text, "Evidence: ", lowerCase(finding.evidence()) + " (" + finding.source() + ")");
            for (int b = 0; b < finding.basis().size(); b++) {
                line(text, b == 0 ? "Basis: " : "       ", NAMES.render(finding.basis().get(b)));
            }
            if (finding.referTo() != null) {
                line(text, "Refer to: ", words(finding.referTo()));
            }
            if (finding.deferUntil() != null) {
                line(text, "Not before: ", finding.deferUntil().toString());
            }
            if (finding.planChange() != null) {
                line(text, "Plan change: ", planChange(finding.planChange()));
            }
            if (finding.cleared() != null) {
                Cleared cleared = finding.cleared();
                line(text, "Cleared: ", "by " + words(cleared.by()) + " on " + cleared.date() + " ("
                        + words(cleared.uncleared()) + " without the clearance)");
            }
        }
    }

    private static String planChange(PlanChange change) {
        if (change.maxDepthMm() != null) {
            return "reduce " + words(change.area()) + " to " + change.maxDepthMm().toPlainString() + " mm or less";
        } else if (change.removeArea() != null) {
            return "leave out " + words(change.removeArea());
        } else if (change.removeTopical() != null) {
            return "leave out the " + words(change.removeTopical()) + " (use a sterile product made for needled skin)";
        } else if (change.omitAnesthetic()) {
            return "omit the topical anaesthetic";
        }
        return "see the summary";
    }

    private static void missing(StringBuilder text, List<String> missing) {
        text.append('\n');
        if (missing.isEmpty()) {
            text.append("Missing information: none\n");
            return;
        }
        text.append("Missing information (confirm before treating):\n");
        for (String path : missing) {
            text.append("  - ").append(path).append('\n');
        }
    }

    private static void whatToExpect(StringBuilder text, Assessment assessment) {
        text.append('\n');
        if (!assessment.decision().treatableToday()) {
            text.append("Side effects and aftercare: not given, the treatment does not go ahead today.\n");
            return;
        }
        if (assessment.expectedSideEffects().isEmpty()) {
            text.append("Expected side effects: none listed by the rule pack\n");
        } else {
            text.append("Expected side effects:\n");
            for (SideEffect effect : assessment.expectedSideEffects()) {
                wrap(text, "  - ", INDENT, effect.summary() + " (" + effect.typicalDuration() + ")");
            }
        }
        if (assessment.aftercare().isEmpty()) {
            text.append("Aftercare: none listed by the rule pack\n");
        } else {
            text.append("Aftercare (day 0 is the treatment day):\n");
            for (AftercareStep step : assessment.aftercare()) {
                String days = step.fromDay() == step.untilDay() ? "day " + step.fromDay()
                        : "days " + step.fromDay() + "-" + step.untilDay();
                wrap(text, "  - ", INDENT, days + ": " + step.instruction());
            }
        }
        if (assessment.nextSessionEarliest() != null) {
            text.append("Next session: not before ").append(assessment.nextSessionEarliest()).append('\n');
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
