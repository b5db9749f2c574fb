package org.needlesafe;

import java.util.Objects;
import org.needlesafe.text.Language;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * One thing wrong with an input case. The engine's own checks (a depth over the limit, a date after the assessment)
 * keep their words as a message from the core catalogue, so a doorway can write them in the caller's language; the
 * JSON reader's structural checks (a wrong type, an unknown code) are written in English only.
 *
 * @param path    the JSON path of the field, e.g. {@code plan.areas[0].depthMm}; the same in every language
 * @param message what is wrong, in English, e.g. {@code must be > 0 and <= 3.5}
 * @param words   the same in words any language can write, or {@code null} when it is written in English only
 */
public record Problem(String path, String message, Message words) {

    /**
     * A problem written in English only.
     *
     * @param path    the JSON path of the field
     * @param message what is wrong, in English
     */
    public Problem(String path, String message) {
        this(path, message, null);
    }

    /**
     * A problem whose words come from the core catalogue, its English message written from them.
     *
     * @param path  the JSON path of the field
     * @param words what is wrong, e.g. {@code Message.keyed("problem.required")}
     * @return the problem
     */
    public static Problem of(String path, Message words) {
        return new Problem(path, Words.english().render(words), words);
    }

    /**
     * What is wrong, in a language: the catalogue's words when the problem has them, English otherwise.
     *
     * @param language the language to write it in
     * @return the message in that language (English for a problem written in English only)
     */
    public String message(Language language) {
        return words == null || language == Language.ENGLISH ? message : Words.in(language).render(words);
    }

    /**
     * The same problem at another path (the JSON reader prints paths it cannot show as they are), its words kept.
     *
     * @param otherPath the path
     * @param otherMessage the English message
     * @return the problem with that path and message
     */
    public Problem with(String otherPath, String otherMessage) {
        return new Problem(otherPath, otherMessage, Objects.equals(otherMessage, message) ? words : null);
    }

    /** Two problems are the same when their path and English message are: the words only say it in other languages. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Problem problem && Objects.equals(path, problem.path)
                && Objects.equals(message, problem.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }

    /**
     * The problem as a line, in a language: {@code path: message}.
     *
     * @param language the language to write the message in
     * @return the line; the path as it is
     */
    public String toString(Language language) {
        return path + ": " + message(language);
    }
}
