package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

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
        assertThat(service.audit).extracting(AuditRecord::event).containsExactly("CDS_CARD", "CDS_FEEDBACK");
        AuditRecord issued = service.audit.get(0);
        AuditRecord record = service.audit.get(1);
        assertThat(record.timestamp()).isEqualTo(TestService.NOW);
        assertThat(record.decision()).isEqualTo("DEFER");
        assertThat(record.firedRules()).contains("MN-C01-ACTIVE-INFECTION").isEqualTo(issued.firedRules());
        assertThat(record.caseIdHash()).matches("[0-9a-f]{32}").isEqualTo(issued.caseIdHash());
        assertThat(record.rulesetVersion()).isEqualTo(TestService.ADVISOR.rulesetVersion());
        assertThat(record.rulesetHash()).isEqualTo(TestService.ADVISOR.rulesetHash());
        assertThat(record.details()).containsEntry("card", uuid).containsEntry("outcome", "overridden")
                .containsEntry("overrideReason", "https://needlesafe.org/fhir/CodeSystem/override-reason|data-incorrect")
                .containsEntry("service", CdsService.ORDER_SIGN.id()).containsEntry("cardKnown", "true")
                .containsEntry("userCommentGiven", "true").containsEntry("client", "test-ehr")
                .containsEntry("outcomeTimestamp", "2026-11-25T15:01:00Z");
        assertThat(record.details().values()).noneMatch(value -> value.contains("Smith"));
        assertThat(issued.details()).containsEntry("card", uuid).containsEntry("indicator", "critical")
                .containsEntry("checkRun", "true");
    }

    private static Call overScope() {
        ServiceRequest order = Fixtures.order("mn1", Fixtures.CHEEK, "2.0");
        order.addExtension(NeedlesafeFhir.JURISDICTION, new CodeType("US-UT"));
        return new Call(order, Fixtures.checklist("mn1")).set("practitioner",
                Fixtures.practitioner(NeedlesafeFhir.codeSystem("credential"), "MASTER_ESTHETICIAN"));
    }

    @Test
    void feedbackThatDoesNotMatchTheCardIsRefused() {
        String proceed = service.post(SIGN, Call.clean().json()).json().get("cards").get(0).get("uuid").asText();
        String change = service.post(SIGN, overScope().json()).json().get("cards").get(0).get("uuid").asText();
        service.audit.clear();

        Response otherSuggestion = service.post(FEEDBACK, """
                {"feedback": [{"card": "%s", "outcome": "accepted", "acceptedSuggestions": [{"id": "not-on-the-card"}],
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""".formatted(change));
        Response reasonNotOffered = service.post(FEEDBACK, """
                {"feedback": [{"card": "%s", "outcome": "overridden",
                  "overrideReason": {"reason": {"system": "https://needlesafe.org/fhir/CodeSystem/override-reason",
                                                "code": "data-incorrect"}},
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""".formatted(proceed));
        Response otherService = service.post(TestService.SELECT + "/feedback", """
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}"""
                .formatted(proceed));
        Response foreignReason = service.post(FEEDBACK, """
                {"feedback": [{"card": "never-issued", "outcome": "overridden",
                  "overrideReason": {"reason": {"system": "http://example.org/reasons", "code": "busy"}},
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""");

        assertThat(otherSuggestion.json().get("error").asText())
                .isEqualTo("feedback[0].acceptedSuggestions[0].id: not a suggestion of this card");
        assertThat(reasonNotOffered.json().get("error").asText())
                .isEqualTo("feedback[0].overrideReason.reason: not an override reason this card offered");
        assertThat(otherService.json().get("error").asText())
                .isEqualTo("feedback[0].card: issued by another CDS service");
        assertThat(foreignReason.json().get("error").asText())
                .isEqualTo("feedback[0].overrideReason.reason: not an override reason this card offered");
        assertThat(List.of(otherSuggestion, reasonNotOffered, otherService, foreignReason))
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
        assertThat(service.audit).isEmpty();
    }

    @Test
    void anAcceptedSuggestionOfAnIssuedCardIsRecorded() {
        JsonNode card = service.post(SIGN, overScope().json()).json().get("cards").get(0);
        String suggestion = card.get("suggestions").get(0).get("uuid").asText();

        Response response = service.post(FEEDBACK, """
                {"feedback": [{"card": "%s", "outcome": "accepted", "acceptedSuggestions": [{"id": "%s"}],
                  "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}""".formatted(card.get("uuid").asText(), suggestion));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(service.audit.get(service.audit.size() - 1).details())
                .containsEntry("acceptedSuggestions", suggestion).containsEntry("cardKnown", "true")
                .containsEntry("userCommentGiven", "false");
        assertThat(service.audit.get(service.audit.size() - 1).decision()).isEqualTo("MODIFY_PLAN");
    }

    @Test
    void feedbackIsInTheConfiguredAuditFileWithTheCardsRuleIds(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (TestService audited = TestService.withConfiguredAudit(configuration -> configuration.auditFile(file))) {
            String uuid = audited.post(SIGN, Call.clean().with("conditions", Fixtures.condition("1475003", "active"))
                    .json()).json().get("cards").get(0).get("uuid").asText();

            Response response = audited.post(FEEDBACK, """
                    {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-25T15:01:00Z"}]}"""
                    .formatted(uuid));

            assertThat(response.status()).isEqualTo(200);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                lines.add(TestService.JSON.readTree(line));
            }
            assertThat(lines).extracting(line -> line.get("event").asText())
                    .containsExactly("CDS_CARD", "CDS_FEEDBACK");
            assertThat(lines.get(0).toString()).contains(uuid, "MN-C01-ACTIVE-INFECTION");
            assertThat(lines.get(1).toString()).contains(uuid, "MN-C01-ACTIVE-INFECTION", "overridden");
        }
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
