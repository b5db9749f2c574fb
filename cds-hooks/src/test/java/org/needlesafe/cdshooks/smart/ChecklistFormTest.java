package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/** The form: every control labelled, unknown answers kept unknown, bad answers named. */
class ChecklistFormTest {
    private static final ConformanceResources RESOURCES = ConformanceResources.load(FhirContext.forR4Cached());
    private final ChecklistForm form = new ChecklistForm(RESOURCES);

    private static ChecklistAnswers order(String device, boolean prp) {
        ChecklistAnswers answers = new ChecklistAnswers();
        answers.put("device", List.of(new Coding(NeedlesafeFhir.codeSystem("device"), device, device)), "the order");
        answers.put("prp-planned", List.of(new BooleanType(prp)), "the order");
        return answers;
    }

    @Test
    void everyControlHasALabelAndEveryChoiceAFieldsetWithALegend() {
        String html = form.render(order("PEN", true), List.of(), "token", "ServiceRequest/o1");
        Matcher inputs = Pattern.compile("<input type=\"(radio|checkbox|number)\" [^>]*id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (inputs.find()) {
            count++;
            assertThat(html).as(inputs.group(2)).contains("<label for=\"" + inputs.group(2) + "\">");
        }
        assertThat(count).isGreaterThan(40);
        assertThat(html.split("<fieldset", -1).length - 1).isEqualTo(html.split("<legend>", -1).length - 1)
                .isEqualTo(16);
        assertThat(html).contains("id=\"blood-handling-compliant\"").contains("id=\"device-barrier-sleeve\"")
                .doesNotContain("<script");
        assertThat(form.render(order("ROLLER", false), List.of(), "token", "ServiceRequest/o1"))
                .as("enableWhen: no PRP, no pen").doesNotContain("id=\"blood-handling-compliant\"")
                .doesNotContain("id=\"device-barrier-sleeve\"");
    }

    @Test
    void anEmptyOrMissingAnswerStaysUnknownAndIsNeverNo() {
        ChecklistForm.Submission submission = form.read(Map.of("gloves", List.of(""), "pregnant", List.of(""),
                "years-experience", List.of(" "), "sharps-container", List.of("false")), order("PEN", false));
        assertThat(submission.problems()).isEmpty();
        assertThat(submission.answers().answered("gloves")).isFalse();
        assertThat(submission.answers().answered("pregnant")).isFalse();
        assertThat(submission.answers().answered("years-experience")).isFalse();
        assertThat(submission.answers().answered("packaging-intact")).as("absent").isFalse();
        assertThat(((BooleanType) submission.answers().get("sharps-container").get(0)).getValue()).isFalse();
        assertThat(submission.answers().answered("device")).as("kept from the order").isTrue();
    }

    @Test
    void aBadAnswerIsNamedAndNothingIsGuessed() {
        ChecklistForm.Submission submission = form.read(Map.of("gloves", List.of("maybe"),
                "years-experience", List.of("-2"), "setting", List.of("MEDICAL_CLINIC", "HOME"),
                "blood-handling-compliant", List.of("true")), order("PEN", false));
        assertThat(submission.problems()).extracting(ChecklistForm.Problem::linkId)
                .containsExactlyInAnyOrder("gloves", "years-experience", "setting");
        assertThat(submission.answers().answered("blood-handling-compliant")).as("not enabled without PRP").isFalse();
        String page = form.render(submission.answers(), submission.problems(), "t", "ServiceRequest/o1");
        assertThat(page).contains("role=\"alert\"").contains("href=\"#years-experience\"").contains("aria-invalid=\"true\"");
    }
}
