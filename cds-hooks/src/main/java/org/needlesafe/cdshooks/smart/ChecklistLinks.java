package org.needlesafe.cdshooks.smart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.cards.CardModel.Link;

/**
 * The link from a card to the checklist app: added when the card reports missing information the checklist can
 * answer (pregnancy, breastfeeding, skin type, implants, training, the sterile set-up), with an {@code appContext}
 * naming the order so the app opens on it.
 */
public final class ChecklistLinks {
    /** No app configured: cards get no link. */
    public static final ChecklistLinks NONE = new ChecklistLinks(null);
    static final String LABEL = "Answer the pre-procedure checklist";
    private static final List<String> ANSWERABLE = List.of("patient.pregnant", "patient.breastfeeding",
            "patient.fitzpatrickType", "patient.implants", "practitioner.microneedlingTraining", "setup.");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<URI> baseUrl;

    /** @param baseUrl the service's public URL, under which the app's launch URL is */
    public ChecklistLinks(Supplier<URI> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @param order              the order the card is about, {@code ServiceRequest/<id>}
     * @param missingInformation the assessment's missing information (contract paths)
     */
    public Card attach(Card card, String order, List<String> missingInformation) {
        boolean answerable = missingInformation.stream()
                .anyMatch(path -> ANSWERABLE.stream().anyMatch(path::startsWith));
        if (baseUrl == null || !answerable) {
            return card;
        }
        try {
            return card.withLink(new Link(LABEL, baseUrl.get() + ChecklistApp.LAUNCH, "smart",
                    JSON.writeValueAsString(Map.of("order", order))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the appContext", e);
        }
    }
}
