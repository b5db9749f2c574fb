package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;

/** {@code POST /cds-services/{id}/feedback}: recorded through the AuditSink as CDS_FEEDBACK, without PHI. */
class FeedbackTest {
    private static final String FEEDBACK = SIGN + "/feedback";
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void forget() {
        service.audit.clear();
    }

    @Test
    void anOverriddenCardIsRecordedWithTheDecisionBehindIt() {
        JsonNode card = service.post(SIGN, Call.clean().with("conditions", Fixtures.condition("1475003", "active"))
                .json()).json().get("cards").get(0);
        String uuid = card.get("uuid").asText();

        Response response = service.post(FEEDBACK, """
                {"feedback": [{"card": "%s", "outcome": "overridden",
                  "overrideReason": {"reason": {"system": "https://needlesafe.org/fhir/CodeSystem/override-reason",
                                                "code": "data-incorrect"},
                                     "userComment": "Lesion healed, Mrs Smith confirmed by phone"},
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""".formatted(uuid));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(service.audit).hasSize(1);
        AuditRecord record = service.audit.get(0);
        assertThat(record.event()).isEqualTo("CDS_FEEDBACK");
        assertThat(record.timestamp()).isEqualTo(TestService.NOW);
        assertThat(record.decision()).isEqualTo("DEFER");
        assertThat(record.firedRules()).contains("MN-C01-ACTIVE-INFECTION");
        assertThat(record.caseIdHash()).matches("[0-9a-f]{12}");
        assertThat(record.rulesetVersion()).isEqualTo(TestService.ADVISOR.rulesetVersion());
        assertThat(record.details()).containsEntry("card", uuid).containsEntry("outcome", "overridden")
                .containsEntry("overrideReason", "https://needlesafe.org/fhir/CodeSystem/override-reason|data-incorrect")
                .containsEntry("service", CdsService.ORDER_SIGN.id()).containsEntry("cardKnown", "true");
        assertThat(record.details().values()).noneMatch(value -> value.contains("Smith"));
    }

    @Test
    void anAcceptedSuggestionIsRecorded() {
        Response response = service.post(FEEDBACK, """
                {"feedback": [{"card": "c-1", "outcome": "accepted", "acceptedSuggestions": [{"id": "s-1"}, {"id": "s-2"}],
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(service.audit).singleElement().satisfies(record -> {
            assertThat(record.details()).containsEntry("acceptedSuggestions", "s-1,s-2")
                    .containsEntry("cardKnown", "false");
            assertThat(record.decision()).isNull();
        });
    }

    @Test
    void invalidFeedbackIs400AndNothingIsRecorded() {
        Response response = service.post(FEEDBACK, """
                {"feedback": [{"card": "c-1", "outcome": "overridden", "outcomeTimestamp": "2026-11-25T15:01:00Z"},
                              {"card": "c-2", "outcome": "accepted", "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo(
                "feedback[1].acceptedSuggestions: required for an accepted outcome");
        assertThat(service.audit).isEmpty();
    }

    @Test
    void anUnknownOutcomeOrABadTimestampIs400() {
        assertThat(service.post(FEEDBACK, """
                {"feedback": [{"card": "c-1", "outcome": "ignored", "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""")
                .status()).isEqualTo(400);
        assertThat(service.post(FEEDBACK, """
                {"feedback": [{"card": "c-1", "outcome": "overridden", "outcomeTimestamp": "yesterday"}]}""")
                .status()).isEqualTo(400);
        assertThat(service.post(FEEDBACK, "{\"feedback\": []}").status()).isEqualTo(400);
        assertThat(service.audit).isEmpty();
    }
}
