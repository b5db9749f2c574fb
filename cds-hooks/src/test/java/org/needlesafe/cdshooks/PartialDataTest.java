package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;

/**
 * Partial FHIR data is never read as the whole record (CDS Hooks 2.0 prefetch failures, paged searches, error
 * entries): without a FHIR server the service may read, such a list is unknown and the card says which and why.
 */
class PartialDataTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static OperationOutcome failure() {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.TIMEOUT).setDiagnostics("search timed out");
        return outcome;
    }

    private static JsonNode onlyCard(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("cards")).hasSize(1);
        return response.json().get("cards").get(0);
    }

    @Test
    void aPagedConditionsBundleWithoutAServerToReadPageTwoIsUnknownNeverInfo() {
        // Page 1 is clean; an active cold sore could be on page 2, which the service cannot read.
        Bundle firstPage = Fixtures.search(Fixtures.condition("9014002", "remission"));
        firstPage.addLink().setRelation(Bundle.LINK_NEXT).setUrl("https://ehr.example.org/fhir/Condition?page=2");
        Call call = Call.clean().set("conditions", firstPage);

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isNotEqualTo("info");
        assertThat(card.get("detail").asText()).contains("**Decision: DEFER**", "**Incomplete record**",
                "conditions: the EHR sent the first page of a paged search", "`patient.conditions`");
    }

    @Test
    void aBundleWithAnErrorOutcomeEntryMakesItsListUnknown() {
        Bundle medications = Fixtures.search();
        medications.addEntry().setResource(failure()).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        Call call = Call.clean().set("medicationStatements", medications);

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isNotEqualTo("info");
        assertThat(card.get("detail").asText()).contains("**Decision: DEFER**",
                "medicationStatements: the search reported an error", "`patient.medications`");
    }

    @Test
    void aWarningOutcomeEntryDoesNotMakeTheListUnknown() {
        Bundle medications = Fixtures.search();
        OperationOutcome warning = new OperationOutcome();
        warning.addIssue().setSeverity(OperationOutcome.IssueSeverity.WARNING)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL);
        medications.addEntry().setResource(warning).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);

        JsonNode card = onlyCard(service.post(SIGN, Call.clean().set("medicationStatements", medications).json()));

        assertThat(card.get("indicator").asText()).isEqualTo("info");
    }

    @Test
    void anOperationOutcomePrefetchIsNotProvidedSoRequiredDataIs412WithoutAServer() {
        Call call = Call.clean().set("conditions", failure());

        Response response = service.post(SIGN, call.json());

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("error").asText()).contains(
                "prefetch conditions: the EHR reported that its prefetch failed (OperationOutcome)");
    }

    @Test
    void anOperationOutcomeForTheObservationsLeavesPregnancyUnknown() {
        Call call = Call.clean().set("observations", failure());

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("detail").asText()).contains("`patient.pregnant`", "observations: the EHR reported");
    }
}
