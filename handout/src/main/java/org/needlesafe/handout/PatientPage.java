package org.needlesafe.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.SideEffect;
import org.needlesafe.plan.Area;

/** The patient's aftercare handout: plain words, no codes, one printed page. */
final class PatientPage {
    /** Above this much text from the rules, the page uses its smaller type to stay on one sheet. */
    private static final int DENSE_CHARACTERS = 2450;
    /** The treatment day's steps first, then by the day each ends; the watch for warning signs last. */
    private static final Comparator<AftercareStep> IN_DAY_ORDER = Comparator
            .comparing((AftercareStep step) -> Timeline.RED_FLAGS.equals(step.code()))
            .thenComparingInt(AftercareStep::fromDay).thenComparingInt(AftercareStep::untilDay);

    /** Stands for the phone number in a message until it is written in with its markup. */
    private static final String PHONE = "\uE000";

    private final HandoutWords words;
    private final ClinicContact clinic;

    PatientPage(HandoutWords words, ClinicContact clinic) {
        this.words = words;
        this.clinic = clinic;
    }

    String body(Assessment assessment, LocalDate day) {
        AftercareStep redFlags = null;
        List<AftercareStep> care = new ArrayList<>();
        int characters = 0;
        List<AftercareStep> steps = new ArrayList<>(assessment.aftercare());
        steps.sort(IN_DAY_ORDER);
        for (AftercareStep step : steps) {
            if (Timeline.RED_FLAGS.equals(step.code())) {
                redFlags = step;
            } else {
                care.add(step);
            }
            characters += step.instruction().length();
        }
        for (SideEffect effect : assessment.expectedSideEffects()) {
            characters += effect.summary().length() + effect.typicalDuration().length();
        }
        StringBuilder html = new StringBuilder(16384);
        html.append("<body class=\"patient").append(characters > DENSE_CHARACTERS ? " dense" : "").append("\">\n");
        header(html, assessment, day);
        html.append("<section class=\"picture\">\n<h2>").append(e(words.get("patient.dayByDay"))).append("</h2>\n")
                .append(new Timeline(words, day).svg(assessment.expectedSideEffects(), steps))
                .append("</section>\n<div class=\"columns\">\n");
        whatToExpect(html, assessment.expectedSideEffects());
        whenToCall(html, redFlags, day);
        html.append("</div>\n");
        whatToDo(html, care, day);
        if (assessment.nextSessionEarliest() != null) {
            html.append("<section class=\"next\"><h2>").append(e(words.get("patient.nextSession"))).append("</h2><p>")
                    .append(e(words.get("patient.nextSessionDate", words.longDate(assessment.nextSessionEarliest()))))
                    .append("</p></section>\n");
        }
        html.append("<footer>").append(e(words.get("patient.footer"))).append("</footer>\n</body>\n");
        return html.toString();
    }

    private void header(StringBuilder html, Assessment assessment, LocalDate day) {
        html.append("<header>\n<div class=\"clinic\"><span class=\"name\">")
                .append(e(clinic.name() != null ? clinic.name() : words.get("patient.yourClinic")))
                .append("</span><span class=\"phone\">");
        if (clinic.phone() != null) {
            html.append(e(words.get("patient.phone", PHONE)).replace(PHONE, phone()));
        } else {
            html.append(e(words.get("patient.phoneBlank"))).append(" <span class=\"blank\"></span>");
        }
        html.append("</span></div>\n<h1>").append(e(words.get("patient.title"))).append("</h1>\n<p class=\"treated\">")
                .append(e(words.get("patient.treated", words.longDate(day), treatedAreas(assessment))))
                .append("</p>\n</header>\n");
        if (!words.reviewed()) {
            html.append("<p class=\"review\">").append(e(words.get("language.notReviewed"))).append("</p>\n");
        }
    }

    private String treatedAreas(Assessment assessment) {
        List<String> areas = new ArrayList<>();
        for (Map.Entry<Area, Decision> area : assessment.areaDecisions().entrySet()) {
            if (area.getValue().treatableToday()) {
                areas.add(words.name(area.getKey()));
            }
        }
        return String.join(", ", areas);
    }

    private void whatToDo(StringBuilder html, List<AftercareStep> care, LocalDate day) {
        html.append("<section class=\"care\"><h2>").append(e(words.get("patient.whatToDo"))).append("</h2>\n<ul>\n");
        for (AftercareStep step : care) {
            html.append("<li><b>").append(e(when(step, day))).append("</b> ").append(e(step.instruction()))
                    .append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    private String when(AftercareStep step, LocalDate day) {
        if (step.fromDay() == 0 && step.untilDay() == 0) {
            return words.get("span.treatmentDay");
        } else if (step.fromDay() == 0) {
            return words.get("span.until", words.shortDate(day.plusDays(step.untilDay())));
        }
        return words.get("span.range", words.shortDate(day.plusDays(step.fromDay())),
                words.shortDate(day.plusDays(step.untilDay())));
    }

    private void whatToExpect(StringBuilder html, List<SideEffect> effects) {
        html.append("<section class=\"expect\"><h2>").append(e(words.get("patient.whatToExpect")))
                .append("</h2>\n<ul>\n");
        if (effects.isEmpty()) {
            html.append("<li>").append(e(words.get("patient.noSideEffects"))).append("</li>\n");
        }
        for (SideEffect effect : effects) {
            String label = words.optional("timeline.sideEffect." + effect.code());
            html.append("<li>").append(label == null ? "" : "<b>" + e(label) + ":</b> ").append(e(effect.summary()))
                    .append(" <i>(").append(e(effect.typicalDuration())).append(")</i></li>\n");
        }
        html.append("</ul></section>\n");
    }

    private void whenToCall(StringBuilder html, AftercareStep redFlags, LocalDate day) {
        html.append("<section class=\"flags\"><h2>").append(e(words.get("patient.whenToCall"))).append("</h2>\n");
        if (redFlags != null) {
            html.append("<p>").append(e(redFlags.instruction())).append("</p>\n");
        }
        String clinicName = clinic.name() != null ? clinic.name() : words.get("patient.theClinic");
        html.append("<p class=\"call\">").append(clinic.phone() != null
                ? e(words.get("patient.call", clinicName, PHONE)).replace(PHONE, phone())
                : e(words.get("patient.callNoPhone", clinicName)));
        if (redFlags != null) {
            html.append(' ').append(e(words.get("patient.watchUntil",
                    words.longDate(day.plusDays(redFlags.untilDay())))));
        }
        html.append("</p>\n<p>").append(e(words.get("patient.emergency"))).append("</p>\n</section>\n");
    }

    /** The phone number, kept on one line. */
    private String phone() {
        return "<span class=\"nowrap\">" + e(clinic.phone()) + "</span>";
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
