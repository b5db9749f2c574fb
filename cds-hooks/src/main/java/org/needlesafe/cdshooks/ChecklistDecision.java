package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.smart.CurrentDecision;

/**
 * The checklist app's view of the service: an {@code order-sign} call handled in-process like any other, reading
 * the record from the launching EHR's FHIR server with the launch's token, so the app shows the card the EHR gets.
 */
final class ChecklistDecision implements CurrentDecision {
    /** The characters the card's detail may take: one order, shown in full on the result page. */
    private static final long DETAIL_BUDGET = 64_000;
    private final HookHandler hooks;

    ChecklistDecision(HookHandler hooks) {
        this.hooks = hooks;
    }

    @Override
    public Card decide(JsonNode hookRequest) throws Unavailable {
        try {
            HookRequest request = HookRequest.parse(hookRequest, CdsService.ORDER_SIGN);
            // The launching EHR's server is the only one this call may read.
            HookHandler.Caller app = new HookHandler.Caller("checklist-app",
                    List.of(ServiceConfiguration.stripSlash(request.fhirServer())));
            List<Card> cards = hooks.handle(CdsService.ORDER_SIGN, request, app, DETAIL_BUDGET).cards();
            return cards.isEmpty() ? null : cards.get(0);
        } catch (ApiException e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
