package org.needlesafe.cdshooks.smart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/**
 * The checklist Questionnaire as an HTML form, and the form's answers read back. Plain HTML controls, so it works
 * with a keyboard and a screen reader: each question with choices is a {@code fieldset} with a {@code legend}, each
 * control has a {@code label}, and a note on where a pre-filled answer came from is tied to its question by
 * {@code aria-describedby}. A yes/no question is three radio buttons, "Not known" selected unless an answer is known:
 * an empty checkbox would read as "no".
 */
final class ChecklistForm {
    static final String FORM_TOKEN = "form-token";
    private static final int MAX_YEARS = 80;

    private final Questionnaire questionnaire;
    private final ConformanceResources resources;

    ChecklistForm(ConformanceResources resources) {
        this.resources = resources;
        this.questionnaire = resources.checklist();
    }

    /** A problem with one answer of a submitted form. */
    record Problem(String linkId, String message) {
    }

    /** The submitted answers, and what is wrong with them (empty when they can be saved). */
    record Submission(ChecklistAnswers answers, List<Problem> problems) {
    }

    /** The page body of the form, pre-filled with {@code answers}. */
    String render(ChecklistAnswers answers, List<Problem> problems, String formToken, String order) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(questionnaire.getTitle())).append("</h1>\n");
        html.append("<p>For the microneedling order <strong>").append(Html.escape(order)).append("</strong>.")
                .append(" Answers marked <em>From the record</em> were filled in from the EHR: check them.")
                .append(" Leave a question at <em>Not known</em> when you do not know the answer: it stays unknown")
                .append(" and the order stays on hold for it; it is never saved as \"no\".</p>\n");
        if (!problems.isEmpty()) {
            html.append("<div class=\"problems\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n")
                    .append("<h2>Please correct ").append(problems.size() == 1 ? "this answer" : "these answers")
                    .append("</h2>\n<ul>\n");
            for (Problem problem : problems) {
                html.append("<li><a href=\"#").append(Html.escape(problem.linkId())).append("\">")
                        .append(Html.escape(problem.message())).append("</a></li>\n");
            }
            html.append("</ul>\n</div>\n");
        }
        html.append("<form method=\"post\" action=\"").append(ChecklistApp.FORM).append("\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(FORM_TOKEN).append("\" value=\"")
                .append(Html.escape(formToken)).append("\">\n");
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            html.append("<section aria-labelledby=\"group-").append(group.getLinkId()).append("\">\n<h2 id=\"group-")
                    .append(group.getLinkId()).append("\">").append(Html.escape(group.getText())).append("</h2>\n");
            for (QuestionnaireItemComponent item : group.getItem()) {
                if (ChecklistItems.enabled(item, answers)) {
                    question(html, item, answers, problems);
                }
            }
            html.append("</section>\n");
        }
        html.append("<button type=\"submit\">Save to the record and check the order</button>\n</form>\n");
        return html.toString();
    }

    private void question(StringBuilder html, QuestionnaireItemComponent item, ChecklistAnswers answers,
                          List<Problem> problems) {
        String id = item.getLinkId();
        String source = answers.source(id);
        String described = source == null ? "" : " aria-describedby=\"source-" + id + "\"";
        String note = source == null ? "" : "<p class=\"source\" id=\"source-" + id + "\">From the record: "
                + Html.escape(source) + "</p>\n";
        boolean wrong = problems.stream().anyMatch(problem -> problem.linkId().equals(id));
        if (item.getReadOnly()) {
            String shown = answers.get(id).stream().map(this::display).reduce((a, b) -> a + ", " + b)
                    .orElse("not stated");
            html.append("<p class=\"fixed\" id=\"").append(id).append("\"").append(described).append("><span>")
                    .append(Html.escape(item.getText())).append(":</span> <strong>").append(Html.escape(shown))
                    .append("</strong></p>\n").append(note);
            return;
        }
        if (item.getType() == QuestionnaireItemType.INTEGER) {
            String value = answers.get(id).stream().map(Type::primitiveValue).findFirst().orElse("");
            html.append("<div class=\"question").append(wrong ? " wrong" : "").append("\">\n<label for=\"").append(id)
                    .append("\">").append(Html.escape(item.getText())).append("</label>\n").append(note)
                    .append("<input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"").append(MAX_YEARS)
                    .append("\" step=\"1\" id=\"").append(id).append("\" name=\"").append(id).append("\" value=\"")
                    .append(Html.escape(value)).append("\"").append(described)
                    .append(wrong ? " aria-invalid=\"true\"" : "").append(">\n")
                    .append("<p class=\"hint\">Leave empty when not known.</p>\n</div>\n");
            return;
        }
        boolean repeats = item.getRepeats();
        List<String> chosen = answers.get(id).stream().map(ChecklistAnswers::key).toList();
        html.append("<fieldset class=\"question").append(wrong ? " wrong" : "").append("\" id=\"").append(id)
                .append("\"").append(described).append(">\n<legend>").append(Html.escape(item.getText()))
                .append("</legend>\n").append(note);
        List<Coding> options = options(item);
        for (int i = 0; i < options.size(); i++) {
            Coding option = options.get(i);
            String optionId = id + "-" + i;
            html.append("<div class=\"option\"><input type=\"").append(repeats ? "checkbox" : "radio")
                    .append("\" id=\"").append(optionId).append("\" name=\"").append(id).append("\" value=\"")
                    .append(Html.escape(option.getCode())).append("\"")
                    .append(chosen.contains(option.getCode()) ? " checked" : "").append("> <label for=\"")
                    .append(optionId).append("\">").append(Html.escape(option.getDisplay())).append("</label></div>\n");
        }
        if (repeats) {
            html.append("<p class=\"hint\">Tick none when not known.</p>\n");
        } else {
            html.append("<div class=\"option\"><input type=\"radio\" id=\"").append(id).append("-unknown\" name=\"")
                    .append(id).append("\" value=\"\"").append(chosen.isEmpty() ? " checked" : "")
                    .append("> <label for=\"").append(id).append("-unknown\">Not known</label></div>\n");
        }
        html.append("</fieldset>\n");
    }

    /**
     * Reads a submitted form. Only the questions the user can answer are read; the read-only ones (from the order)
     * are kept from {@code fixed}. An empty or absent answer is unknown.
     */
    Submission read(Map<String, List<String>> form, ChecklistAnswers fixed) {
        ChecklistAnswers answers = new ChecklistAnswers();
        List<Problem> problems = new ArrayList<>();
        List<QuestionnaireItemComponent> items = ChecklistItems.flatten(questionnaire.getItem());
        for (QuestionnaireItemComponent item : items) {
            if (item.getReadOnly()) {
                answers.put(item.getLinkId(), fixed.get(item.getLinkId()), fixed.source(item.getLinkId()));
            }
        }
        for (QuestionnaireItemComponent item : items) {
            if (item.getReadOnly() || item.getType() == QuestionnaireItemType.GROUP
                    || !ChecklistItems.enabled(item, answers)) {
                continue;
            }
            List<String> given = form.getOrDefault(item.getLinkId(), List.of()).stream()
                    .filter(value -> !value.isBlank()).map(String::strip).distinct().toList();
            List<Type> values = new ArrayList<>();
            String problem = null;
            if (given.size() > 1 && !item.getRepeats()) {
                problem = "choose one answer";
            } else if (item.getType() == QuestionnaireItemType.INTEGER) {
                for (String value : given) {
                    if (value.matches("[0-9]{1,2}") && Integer.parseInt(value) <= MAX_YEARS) {
                        values.add(new IntegerType(Integer.parseInt(value)));
                    } else {
                        problem = "enter a whole number of years from 0 to " + MAX_YEARS + ", or leave it empty";
                    }
                }
            } else {
                List<Coding> options = options(item);
                for (String value : given) {
                    Coding match = options.stream().filter(option -> option.getCode().equals(value)).findFirst()
                            .orElse(null);
                    if (match == null) {
                        problem = "choose one of the answers offered";
                    } else {
                        values.add(item.getType() == QuestionnaireItemType.BOOLEAN
                                ? new BooleanType(Boolean.parseBoolean(value)) : match.copy());
                    }
                }
            }
            if (problem != null) {
                problems.add(new Problem(item.getLinkId(), item.getText() + ": " + problem));
            } else {
                answers.put(item.getLinkId(), values, null);
            }
        }
        return new Submission(answers, problems);
    }

    /** The answers offered: yes and no for a boolean, the options or the ValueSet's codes for a choice. */
    private List<Coding> options(QuestionnaireItemComponent item) {
        if (item.getType() == QuestionnaireItemType.BOOLEAN) {
            return List.of(new Coding(null, "true", "Yes"), new Coding(null, "false", "No"));
        }
        if (item.hasAnswerValueSet()) {
            return resources.codes(item.getAnswerValueSet());
        }
        return item.getAnswerOption().stream().map(option -> option.getValueCoding()).toList();
    }

    private String display(Type answer) {
        if (answer instanceof BooleanType bool) {
            return bool.getValue() ? "Yes" : "No";
        }
        if (answer instanceof Coding coding) {
            return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
        }
        return answer.primitiveValue();
    }
}
