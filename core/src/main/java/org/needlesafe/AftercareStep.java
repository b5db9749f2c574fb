package org.needlesafe;

import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * One aftercare instruction; day 0 is the treatment day.
 *
 * @param code            stable code, e.g. {@code NO_MAKEUP}
 * @param fromDay         first day it applies
 * @param untilDay        last day it applies
 * @param instruction     plain words for the patient
 * @param instructionText the instruction before it is put into words
 */
public record AftercareStep(String code, int fromDay, int untilDay, String instruction, Message instructionText) {

    /**
     * A step whose words are already written (in no catalogue): they read the same in every language.
     *
     * @param code        stable code, e.g. {@code NO_MAKEUP}
     * @param fromDay     first day it applies
     * @param untilDay    last day it applies
     * @param instruction plain words for the patient
     */
    public AftercareStep(String code, int fromDay, int untilDay, String instruction) {
        this(code, fromDay, untilDay, instruction, Message.of(null, instruction));
    }

    /**
     * A step written in English from its message; {@link #in(Words)} writes it in another language.
     *
     * @param code        stable code, e.g. {@code NO_MAKEUP}
     * @param fromDay     first day it applies
     * @param untilDay    last day it applies
     * @param instruction the instruction before it is put into words
     * @return the step, its instruction in English
     */
    public static AftercareStep of(String code, int fromDay, int untilDay, Message instruction) {
        return new AftercareStep(code, fromDay, untilDay, null, instruction).in(Words.english());
    }

    /**
     * This step in the language of the words: only the instruction's words change.
     *
     * @param words the language to write it in
     * @return the step, its instruction in that language
     */
    public AftercareStep in(Words words) {
        return new AftercareStep(code, fromDay, untilDay, words.render(instructionText), instructionText);
    }
}
