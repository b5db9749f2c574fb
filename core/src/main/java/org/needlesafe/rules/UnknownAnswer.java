package org.needlesafe.rules;

import java.util.List;
import org.needlesafe.KbItem;
import org.needlesafe.text.Message;

/**
 * A required screening answer that is unknown: it goes to {@code missingInformation} and holds the case at
 * {@code DEFER} until it is answered.
 *
 * @param path     the field, e.g. {@code patient.pregnant}
 * @param question what to confirm, e.g. "whether the patient is pregnant", in every language
 * @param kb       the knowledge-base items the answer is needed for
 */
public record UnknownAnswer(ContractPath path, Message question, List<KbItem> kb) implements Fact {

    @Override
    public String basis() {
        return path.is(null);
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "UnknownAnswer[" + path + "]";
    }
}
