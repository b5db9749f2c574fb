package org.needlesafe.cdshooks.smart;

import com.fasterxml.jackson.databind.JsonNode;
import org.needlesafe.cdshooks.cards.CardModel.Card;

/**
 * The service's answer to an {@code order-sign} call made on the app's behalf: the same reading of the record, the
 * same engine and the same card the EHR would get now.
 */
@FunctionalInterface
public interface CurrentDecision {

    /**
     * @param hookRequest an {@code order-sign} request whose {@code fhirServer} and {@code fhirAuthorization} let the
     *                    service read the record with the launch's token
     * @return the card for the order, or {@code null} when the order is not a microneedling order
     * @throws Unavailable when the record cannot be read (the message is safe to show)
     */
    Card decide(JsonNode hookRequest) throws Unavailable;

    /** The decision cannot be made now; the message names why, without patient data. */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
