package org.needlesafe.cdshooks.fhir;

import org.needlesafe.Problem;
import org.needlesafe.text.Catalogue;
import org.needlesafe.text.Language;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * A problem with the EHR's data, worded in the card catalogue ({@code fhir.*} keys): its English message from the
 * English catalogue, and its words kept so a card writes it in the card's language. The path is the EHR's, the same
 * in every language.
 */
public final class FhirProblem {
    /** The catalogue of the cards' words, which holds these problems' words too. */
    public static final String CATALOGUE = "org.needlesafe.cdshooks.cards.Cards";
    private static final Catalogue ENGLISH = new Catalogue(CATALOGUE, Language.ENGLISH,
            FhirProblem.class.getClassLoader());

    private FhirProblem() {
    }

    /**
     * The problem at a path of the EHR's data.
     *
     * @param path the resource and element, e.g. {@code Patient.birthDate}
     * @param key  the catalogue key, e.g. {@code fhir.birthDate}
     * @param args the arguments, in pattern order; codes are written as their display names
     * @return the problem
     */
    static Problem of(String path, String key, Object... args) {
        Message words = Message.keyed(key, args);
        return new Problem(path, Words.english().render(words, ENGLISH), words);
    }
}
