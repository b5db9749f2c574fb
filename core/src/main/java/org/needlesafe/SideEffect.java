package org.needlesafe;

import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * An expected side effect of the treatment as planned.
 *
 * @param code                stable code, e.g. {@code ERYTHEMA_OEDEMA}
 * @param typicalDuration     e.g. "1-3 days"
 * @param summary             plain words for the patient
 * @param typicalDurationText the duration before it is put into words
 * @param summaryText         the summary before it is put into words
 */
public record SideEffect(String code, String typicalDuration, String summary, Message typicalDurationText,
                         Message summaryText) {

    /**
     * A side effect whose words are already written (in no catalogue): they read the same in every language.
     *
     * @param code            stable code, e.g. {@code ERYTHEMA_OEDEMA}
     * @param typicalDuration e.g. "1-3 days"
     * @param summary         plain words for the patient
     */
    public SideEffect(String code, String typicalDuration, String summary) {
        this(code, typicalDuration, summary, Message.of(null, typicalDuration), Message.of(null, summary));
    }

    /**
     * A side effect written in English from its messages; {@link #in(Words)} writes it in another language.
     *
     * @param code            stable code, e.g. {@code ERYTHEMA_OEDEMA}
     * @param typicalDuration the duration before it is put into words
     * @param summary         the summary before it is put into words
     * @return the side effect, its words in English
     */
    public static SideEffect of(String code, Message typicalDuration, Message summary) {
        return new SideEffect(code, null, null, typicalDuration, summary).in(Words.english());
    }

    /**
     * This side effect in the language of the words: only its duration and summary change.
     *
     * @param words the language to write it in
     * @return the side effect, its words in that language
     */
    public SideEffect in(Words words) {
        return new SideEffect(code, words.render(typicalDurationText), words.render(summaryText),
                typicalDurationText, summaryText);
    }
}
