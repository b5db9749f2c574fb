package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/** Every card names its order and acts on it only; responses are bounded whatever the request holds. */
class OrdersAndBoundsTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void withThirtyOrdersEveryCardNamesItsOrder() {
        List<Resource> orders = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            orders.add(Fixtures.order("mn" + i, Fixtures.CHEEK, "1.0"));
        }
        orders.add(Fixtures.checklist("mn1"));

        Response response = service.post(SIGN, new Call(orders.toArray(Resource[]::new)).json());

        assertThat(response.json().get("cards")).hasSize(30);
        for (int i = 0; i < 30; i++) {
            JsonNode card = response.json().get("cards").get(i);
            assertThat(card.get("summary").asText()).startsWith("Microneedling order mn" + (i + 1) + ": ");
            assertThat(card.get("detail").asText()).startsWith("**Order:** `ServiceRequest/mn" + (i + 1) + "` — ");
        }
    }

    @Test
    void eachSuggestionChangesItsOwnOrder() {
        List<Resource> orders = new ArrayList<>();
        for (String id : List.of("a1", "b2")) {
            ServiceRequest order = Fixtures.order(id, Fixtures.CHEEK, "2.0");
            order.addExtension(NeedlesafeFhir.JURISDICTION, new CodeType("US-UT"));
            orders.add(order);
        }
        orders.add(Fixtures.checklist("a1"));
        Call call = new Call(orders.toArray(Resource[]::new)).set("practitioner",
                Fixtures.practitioner(NeedlesafeFhir.codeSystem("credential"), "MASTER_ESTHETICIAN"));

        JsonNode cards = service.post(SIGN, call.json()).json().get("cards");

        assertThat(cards).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String id = List.of("a1", "b2").get(i);
            JsonNode action = cards.get(i).get("suggestions").get(0).get("actions").get(0);
            assertThat(action.get("resource").get("id").asText()).isEqualTo(id);
            assertThat(action.get("description").asText()).contains("ServiceRequest/" + id);
            assertThat(cards.get(i).get("suggestions").get(0).get("label").asText()).startsWith("Change order " + id);
        }
    }

    @Test
    void duplicateConditionsGiveOneFindingAndABoundedResponse() {
        // About 300 KB of the same active cold sore, recorded over and over.
        Condition[] duplicates = new Condition[1100];
        for (int i = 0; i < duplicates.length; i++) {
            duplicates[i] = Fixtures.condition("1475003", "active");
            duplicates[i].setId("dup-" + i);
        }
        String request = Call.clean().with("conditions", duplicates).json();

        Response response = service.post(SIGN, request);

        assertThat(request.length()).isGreaterThan(250_000);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().length()).isLessThan(request.length() / 10);
        String detail = response.json().get("cards").get(0).get("detail").asText();
        assertThat(detail.split("MN-C01-ACTIVE-INFECTION", -1)).hasSize(2);
        assertThat(response.json().get("cards").get(0).get("indicator").asText()).isEqualTo("critical");
    }

    @Test
    void manyDistinctEntriesStayWithinTheDetailLimitAndTheResponseBound() {
        // Distinct conditions (each with its own onset) and many orders: every card's detail is capped.
        List<Condition> conditions = new ArrayList<>();
        String[] codes = {"1475003", "9014002", "48277006", "88616000", "24079001", "73211009", "398909004"};
        for (int i = 0; i < 700; i++) {
            Condition condition = Fixtures.condition(codes[i % codes.length], "active");
            condition.setId("c" + i);
            condition.setOnset(new DateTimeType(LocalDate.of(2000, 1, 1).plusDays(i).toString()));
            conditions.add(condition);
        }
        List<Resource> orders = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            orders.add(Fixtures.order("mn" + i, Fixtures.CHEEK, "1.0", Fixtures.FOREHEAD, "0.5"));
        }
        orders.add(Fixtures.checklist("mn1"));
        String request = new Call(orders.toArray(Resource[]::new))
                .with("conditions", conditions.toArray(Condition[]::new)).json();

        Response response = service.post(SIGN, request);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().length()).isLessThanOrEqualTo(
                (int) CdsHooksServer.responseBound(request.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        response.json().get("cards").forEach(card ->
                assertThat(card.get("detail").asText().length()).isLessThanOrEqualTo(16_000));
    }
}
