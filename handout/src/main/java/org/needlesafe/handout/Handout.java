package org.needlesafe.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.needlesafe.Assessment;

/**
 * The printable page for an assessed case, as one self-contained HTML document (inline CSS and SVG, no scripts, no
 * fetches): for a case that goes ahead today, the patient's aftercare handout (what to expect and what to do day by
 * day, with a timeline picture, when to call the clinic, the earliest next session); otherwise a short clinician
 * summary saying why it does not go ahead. One printed page on A4 or US Letter. Immutable and thread-safe.
 */
public final class Handout {
    /** The languages the handout is written in: English (the source) and Spanish (not yet clinically reviewed). */
    public static final List<Locale> LANGUAGES = HandoutWords.LANGUAGES;
    private static final String STYLE = style();

    private final ClinicContact clinic;

    /**
     * @param clinic the clinic's name and phone, as configured ({@link ClinicContact#UNKNOWN} leaves lines to fill
     *               in by hand)
     */
    public Handout(ClinicContact clinic) {
        this.clinic = Objects.requireNonNull(clinic, "clinic");
    }

    /**
     * The page for one assessment.
     *
     * @param assessment   the assessment of the case
     * @param treatmentDay the case's assessment date: the treatment day, day 0 of the aftercare
     * @param language     the patient's language: English or Spanish (Spanish is drafted and says it is not yet
     *                     clinically reviewed); any other language gets English
     * @return the HTML document
     */
    public String html(Assessment assessment, LocalDate treatmentDay, Locale language) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(treatmentDay, "treatmentDay");
        HandoutWords words = HandoutWords.of(Objects.requireNonNull(language, "language"));
        String body = assessment.decision().treatableToday()
                ? new PatientPage(words, clinic).body(assessment, treatmentDay)
                : new ClinicianSummary(words, clinic).body(assessment);
        String title = assessment.decision().treatableToday() ? words.get("patient.title")
                : words.get("clinician.title");
        return "<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n" + body
                + "</html>\n";
    }

    private static String style() {
        try (InputStream in = Handout.class.getResourceAsStream("handout.css")) {
            return new String(Objects.requireNonNull(in, "handout.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
