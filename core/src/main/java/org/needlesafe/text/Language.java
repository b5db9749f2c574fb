package org.needlesafe.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the texts are written in, with how far its translation has been reviewed. */
public enum Language {
    /** English, the language the rules are written in. */
    ENGLISH(Locale.ENGLISH, ReviewStatus.SOURCE),
    /** Spanish; {@link #review()} says how far its translation has been reviewed. */
    SPANISH(Locale.forLanguageTag("es"), ReviewStatus.DRAFTED);

    private final Locale locale;
    private final ReviewStatus review;

    Language(Locale locale, ReviewStatus review) {
        this.locale = locale;
        this.review = review;
    }

    /**
     * The locale it formats dates and numbers with.
     *
     * @return the language's locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The BCP 47 language tag, e.g. {@code es}: what the JSON's {@code language} field and Content-Language say.
     *
     * @return the language tag
     */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * How far its texts have been checked by a native-speaking clinician.
     *
     * @return the review status
     */
    public ReviewStatus review() {
        return review;
    }

    /**
     * The language of a locale ({@code es}, {@code es-MX}), when it is one of ours; only its language counts.
     *
     * @param locale the locale
     * @return the language, or empty when we have none for it
     */
    public static Optional<Language> of(Locale locale) {
        for (Language language : values()) {
            if (language.tag().equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a tag such as {@code es} or {@code es-MX}, when it is one of ours.
     *
     * @param tag a BCP 47 tag, or {@code null}
     * @return the language, or empty when the tag is absent, blank or names none of ours
     */
    public static Optional<Language> ofTag(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : of(Locale.forLanguageTag(tag.trim()));
    }

    /**
     * The language to answer an HTTP {@code Accept-Language} header in: the caller's most preferred language we
     * have; English when the header is absent or names none of ours, and then the choice says what was asked for.
     * A malformed header counts as naming none of ours.
     *
     * @param acceptLanguage the header's value, or {@code null} when absent
     * @return the language chosen, and what was asked for when none of it is available
     */
    public static Choice negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return new Choice(ENGLISH, null);
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return new Choice(ENGLISH, acceptLanguage.strip());
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                String primary = range.getRange().split("-")[0];
                if (primary.equals("*")) {
                    return new Choice(ENGLISH, null);
                }
                Optional<Language> language = ofTag(primary);
                if (language.isPresent()) {
                    return new Choice(language.get(), null);
                }
            }
        }
        return new Choice(ENGLISH, acceptLanguage.strip());
    }

    /**
     * The language chosen for an answer.
     *
     * @param language    the language the answer is in
     * @param unavailable what the caller asked for when none of it is available (the answer is then in English and
     *                    says so), or {@code null}
     */
    public record Choice(Language language, String unavailable) {
        /**
         * A language chosen directly, with nothing asked for that is unavailable.
         *
         * @param language the language the answer is in
         * @return the choice
         */
        public static Choice of(Language language) {
            return new Choice(language, null);
        }
    }
}
