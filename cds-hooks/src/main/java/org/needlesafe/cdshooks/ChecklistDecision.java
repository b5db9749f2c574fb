package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;
import java.util.Set;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.security.TrustedClient;
import org.needlesafe.cdshooks.smart.CurrentDecision;

/**
 * The checklist app's view of the service: an {@code order-sign} call handled in-process like any other, reading
 * the record from the launching EHR's FHIR server with the launch's token, so the app shows the card the EHR gets.
 */
final class ChecklistDecision implements CurrentDecision {
    private final HookHandler hooks;

    ChecklistDecision(HookHandler hooks) {
        this.hooks = hooks;
    }

    @Override
    public Card decide(JsonNode hookRequest) throws Unavailable {
        try {
            HookRequest request = HookRequest.parse(hookRequest, CdsService.ORDER_SIGN);
            // The launching EHR's server is the only one this call may read; it holds no keys: it authenticates nothing.
            TrustedClient app = new TrustedClient("checklist-app", request.fhirServer(), Set.of(), new JWKSet(),
                    List.of(ServiceConfiguration.stripSlash(request.fhirServer())));
            List<Card> cards = hooks.handle(CdsService.ORDER_SIGN, request, app).cards();
            return cards.isEmpty() ? null : cards.get(0);
        } catch (ApiException e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
