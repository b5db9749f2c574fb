package org.needlesafe.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words written once, in no language yet: a catalogue key, the English pattern (the source, written beside the rule
 * that says it) and the arguments. Patterns are {@link java.text.MessageFormat} patterns whose apostrophes are plain
 * apostrophes. Arguments that are codes are written as the language's display names, dates in the language's format,
 * and an argument that is itself a message is rendered in the same language, so a conditional phrase is translated
 * like any other.
 *
 * @param key     the catalogue key; a key starting with {@code .} is a phrase of the rule that writes it, qualified
 *                with the rule's id when the finding is made; {@code null} for {@link #NONE}
 * @param english the English pattern, or {@code null} when it is in the English catalogue
 * @param args    the arguments, in pattern order ({@code {0}}, {@code {1}}, ...)
 */
public record Message(String key, String english, List<Object> args) {
    /** No words: renders as the empty string in every language (the "else" of a conditional phrase). */
    public static final Message NONE = new Message(null, "", List.of());

    /**
     * Copies the arguments, so the message cannot change; arguments may be {@code null} (written as {@code ?}).
     *
     * @param key     the catalogue key; a key starting with {@code .} is a phrase of the rule that writes it, qualified
     *                with the rule's id when the finding is made; {@code null} for words in no catalogue
     * @param english the English pattern, or {@code null} when it is in the English catalogue
     * @param args    the arguments, in pattern order ({@code {0}}, {@code {1}}, ...)
     */
    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /**
     * A message whose English pattern is given here.
     *
     * @param key     the catalogue key, or {@code null} for words in no catalogue (the same in every language)
     * @param english the English pattern
     * @param args    the arguments, in pattern order
     * @return the message
     */
    public static Message of(String key, String english, Object... args) {
        return new Message(key, english, Arrays.asList(args));
    }

    /**
     * A message whose English pattern is in the English catalogue.
     *
     * @param key  the catalogue key
     * @param args the arguments, in pattern order
     * @return the message
     */
    public static Message keyed(String key, Object... args) {
        return new Message(key, null, Arrays.asList(args));
    }

    /**
     * A phrase of the rule that writes it, for a part of a sentence that depends on the facts (a ternary in the
     * rule): its key is the rule's id, a dot and the name.
     *
     * @param name    the phrase's name, unique within the rule
     * @param english the English pattern
     * @param args    the arguments, in pattern order
     * @return the phrase, its key not yet qualified by the rule's id
     */
    public static Message phrase(String name, String english, Object... args) {
        return new Message("." + name, english, Arrays.asList(args));
    }

    /**
     * A code written with the article it takes in English ("an esthetician"); a bare name in other languages.
     *
     * @param code the code, written as its display name
     * @return an argument for a message
     */
    public static Article withArticle(Enum<?> code) {
        return new Article(code);
    }

    /**
     * This message with its rule-relative keys (its own and its arguments') qualified by the rule's id.
     *
     * @param ruleId the id of the rule that writes it, e.g. {@code MN-C08-ANTICOAGULANT}
     * @return the message with keys the catalogues hold
     */
    public Message qualified(String ruleId) {
        List<Object> qualifiedArgs = new ArrayList<>(args.size());
        for (Object arg : args) {
            qualifiedArgs.add(arg instanceof Message message ? message.qualified(ruleId) : arg);
        }
        String qualifiedKey = key != null && key.startsWith(".") ? ruleId + key : key;
        return new Message(qualifiedKey, english, qualifiedArgs);
    }

    /**
     * A code written with its article, see {@link #withArticle}.
     *
     * @param code the code, written as its display name
     */
    public record Article(Enum<?> code) {
    }
}
