package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.cards.CardModel.Card;

/** Which cards link to the checklist app. */
class ChecklistLinksTest {
    private static final Card CARD = new Card("u", "s", "d", "critical", null, null, null, null);
    private final ChecklistLinks links = new ChecklistLinks(() -> URI.create("https://cds.example.org"));

    @Test
    void aCardMissingWhatTheChecklistAnswersLinksToTheAppForItsOrder() {
        Card card = links.attach(CARD, "ServiceRequest/o1", List.of("patient.conditions", "setup.gloves"));
        assertThat(card.links()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo("smart");
            assertThat(link.url()).isEqualTo("https://cds.example.org/checklist/launch");
            assertThat(link.appContext()).isEqualTo("{\"order\":\"ServiceRequest/o1\"}");
            assertThat(link.label()).isEqualTo(ChecklistLinks.LABEL);
        });
        assertThat(links.attach(CARD, "ServiceRequest/o1", List.of("patient.breastfeeding")).links()).hasSize(1);
    }

    @Test
    void noLinkWhenTheChecklistCannotHelpOrTheAppIsNotConfigured() {
        assertThat(links.attach(CARD, "ServiceRequest/o1", List.of()).links()).isNull();
        assertThat(links.attach(CARD, "ServiceRequest/o1", List.of("patient.medications", "patient.allergies"))
                .links()).as("the EHR's lists, not the checklist").isNull();
        assertThat(ChecklistLinks.NONE.attach(CARD, "ServiceRequest/o1", List.of("setup.gloves")).links()).isNull();
    }
}
