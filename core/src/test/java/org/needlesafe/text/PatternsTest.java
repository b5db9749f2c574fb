package org.needlesafe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain join writes exactly what {@link MessageFormat} writes, for every kind of argument the words pass. */
class PatternsTest {
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {"cheeks", new BigDecimal("1.5"), "the prescriber's note"},
            new Object[] {"forehead", new BigDecimal("12345.25"), 3},
            new Object[] {null, 2026L, new BigDecimal("0.500")},
            new Object[] {"x", LocalDate.of(2026, 12, 6), List.of("a", "b")},
            new Object[] {"only one"},
            new Object[] {});

    static Stream<Arguments> patternsAndArguments() {
        List<String> patterns = List.of(
                "Plain words, no places.",
                "Defer: {0} at {1} mm, the prescriber's choice ({2}).",
                "{1}{0}{2}",
                "'{0}' quoted in the pattern's own words",
                "{0,choice,1#problem|1<problems} in {1}",
                "{2} before {0}, twice {2}");
        return patterns.stream().flatMap(pattern -> Stream.of(Locale.ENGLISH, Locale.forLanguageTag("es"))
                .flatMap(locale -> ARGUMENTS.stream().map(args -> Arguments.of(pattern, locale, args))));
    }

    @ParameterizedTest
    @MethodSource("patternsAndArguments")
    void writesWhatMessageFormatWrites(String pattern, Locale locale, Object[] args) {
        Object[] choiceSafe = pattern.contains("choice") ? new Object[] {2, "here"} : args;
        String expected = new MessageFormat(pattern.replace("'", "''"), locale).format(choiceSafe);
        assertEquals(expected, Patterns.format(pattern, locale, choiceSafe));
        assertEquals(expected, Patterns.format(pattern, locale, choiceSafe), "the second, cached use");
    }
}
