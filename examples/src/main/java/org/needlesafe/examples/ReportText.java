package org.needlesafe.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.needlesafe.text.Catalogue;
import org.needlesafe.text.DisplayNames;
import org.needlesafe.text.Language;
import org.needlesafe.text.Words;

/**
 * The text report's words in one language, from the {@code Report} catalogue. Codes are written as the language's
 * words ({@code cheeks}, not {@code CHEEKS}), in every language.
 */
final class ReportText {
    private final Language language;
    private final Catalogue catalogue;
    private final DisplayNames names;
    private final Words words;

    ReportText(Language language) {
        this.language = language;
        this.catalogue = new Catalogue("org.needlesafe.examples.Report", language, ReportText.class.getClassLoader());
        this.names = DisplayNames.in(language);
        this.words = Words.in(language);
    }

    Language language() {
        return language;
    }

    /** The catalogue's text for the key, with its arguments. */
    String text(String key, Object... args) {
        return catalogue.text(key, args);
    }

    /** A code as this report writes it: the language's word for it. */
    String code(Enum<?> code) {
        String key = code.getDeclaringClass().getSimpleName() + "." + code.name();
        return catalogue.has(key) ? catalogue.text(key) : names.of(code);
    }

    /**
     * A basis line ({@code patient.conditions[0]: HERPES_SIMPLEX ACTIVE}) in the language's words, its path as it is;
     * a code two types share ({@code NONE}) takes the report's own word for it.
     */
    String basis(String line) {
        String rendered = words.basis(line);
        return rendered.endsWith(": NONE") ? rendered.substring(0, rendered.length() - 4) + catalogue.text("none")
                : rendered;
    }

    /** A depth with the language's decimal separator, as the findings' own words write it. */
    String decimal(BigDecimal number) {
        return words.decimal(number);
    }

    String date(LocalDate date) {
        return words.date(date);
    }
}
