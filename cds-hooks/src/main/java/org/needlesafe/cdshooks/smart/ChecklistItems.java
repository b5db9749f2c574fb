package org.needlesafe.cdshooks.smart;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Type;

/** Walking the checklist Questionnaire's items, and deciding which are enabled by the answers so far. */
final class ChecklistItems {
    private ChecklistItems() {
    }

    /** Every item, groups included, depth first in the Questionnaire's order. */
    static List<QuestionnaireItemComponent> flatten(List<QuestionnaireItemComponent> items) {
        List<QuestionnaireItemComponent> all = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            all.add(item);
            all.addAll(flatten(item.getItem()));
        }
        return all;
    }

    /**
     * Whether the item is asked: its {@code enableWhen} conditions hold for the answers. A condition this app cannot
     * evaluate (another operator or answer type) counts as holding: asking one question too many is safe, hiding one
     * is not.
     */
    static boolean enabled(QuestionnaireItemComponent item, ChecklistAnswers answers) {
        if (!item.hasEnableWhen()) {
            return true;
        }
        boolean any = item.getEnableBehavior() == EnableWhenBehavior.ANY;
        for (QuestionnaireItemEnableWhenComponent condition : item.getEnableWhen()) {
            boolean holds = holds(condition, answers.get(condition.getQuestion()));
            if (any && holds) {
                return true;
            }
            if (!any && !holds) {
                return false;
            }
        }
        return !any;
    }

    private static boolean holds(QuestionnaireItemEnableWhenComponent condition, List<Type> answers) {
        Type expected = condition.getAnswer();
        if (condition.getOperator() == QuestionnaireItemOperator.EXISTS && expected instanceof BooleanType exists) {
            return exists.getValue() == !answers.isEmpty();
        }
        if (condition.getOperator() != QuestionnaireItemOperator.EQUAL) {
            return true;
        }
        if (expected instanceof Coding coding) {
            return answers.stream().anyMatch(answer -> answer instanceof Coding given
                    && given.getCode().equals(coding.getCode()) && given.getSystem().equals(coding.getSystem()));
        }
        if (expected instanceof BooleanType bool) {
            return answers.stream().anyMatch(answer -> answer instanceof BooleanType given
                    && given.getValue().equals(bool.getValue()));
        }
        return true;
    }
}
