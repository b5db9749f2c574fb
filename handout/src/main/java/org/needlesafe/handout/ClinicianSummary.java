package org.needlesafe.handout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.plan.Area;

/**
 * For a case that does not go ahead today: not a handout, a short summary for the clinician of why, what is
 * missing and whom to refer to, so that nobody hands the patient aftercare for a treatment that did not happen.
 */
final class ClinicianSummary {
    private final HandoutWords words;
    private final ClinicContact clinic;

    ClinicianSummary(HandoutWords words, ClinicContact clinic) {
        this.words = words;
        this.clinic = clinic;
    }

    String body(Assessment assessment) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<body class=\"clinician\">\n<header>\n");
        if (clinic.name() != null) {
            html.append("<div class=\"clinic\"><span class=\"name\">").append(e(clinic.name()))
                    .append("</span></div>\n");
        }
        html.append("<h1>").append(e(words.get("clinician.title"))).append("</h1>\n<p class=\"notice\">")
                .append(e(words.get("clinician.notice"))).append("</p>\n</header>\n");
        if (!words.reviewed()) {
            html.append("<p class=\"review\">").append(e(words.get("language.notReviewed"))).append("</p>\n");
        }
        Decision decision = assessment.decision();
        html.append("<p class=\"decision\">").append(e(words.get("clinician.decision", words.name(decision),
                words.get("meaning." + decision.name())))).append("</p>\n");
        List<String> areas = new ArrayList<>();
        for (Map.Entry<Area, Decision> area : assessment.areaDecisions().entrySet()) {
            areas.add(words.name(area.getKey()) + ": " + words.name(area.getValue()));
        }
        html.append("<h2>").append(e(words.get("clinician.areas"))).append("</h2><p>").append(e(String.join("; ", areas)))
                .append("</p>\n");
        findings(html, assessment.findings());
        if (!assessment.missingInformation().isEmpty()) {
            html.append("<h2>").append(e(words.get("clinician.missing"))).append("</h2>\n<ul>\n");
            assessment.missingInformation().forEach(path -> html.append("<li>").append(e(path)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<footer>").append(e(words.get("clinician.footer", assessment.jurisdictionProfile().id(),
                assessment.jurisdictionProfile().version(), assessment.rulesetVersion()))).append("</footer>\n</body>\n");
        return html.toString();
    }

    private void findings(StringBuilder html, List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::decision).reversed());
        html.append("<h2>").append(e(words.get("clinician.findings"))).append("</h2>\n<ol>\n");
        for (Finding finding : ordered) {
            html.append("<li><b>").append(e(words.name(finding.decision())))
                    .append(finding.area() == null ? "" : " (" + e(words.name(finding.area())) + ")")
                    .append(":</b> ").append(e(finding.summary()));
            if (finding.referTo() != null) {
                html.append(" <i>").append(e(words.get("clinician.referTo", words.name(finding.referTo()))))
                        .append("</i>");
            }
            if (finding.deferUntil() != null) {
                html.append(" <i>").append(e(words.get("clinician.notBefore", words.longDate(finding.deferUntil()))))
                        .append("</i>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
