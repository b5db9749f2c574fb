package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.Fixtures.CHEEK;
import static org.needlesafe.cdshooks.Fixtures.FOREHEAD;
import static org.needlesafe.cdshooks.Fixtures.SNOMED;
import static org.needlesafe.cdshooks.TestService.SELECT;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/** Hook calls over HTTP on loopback: the cards the EHR gets for microneedling orders. */
class HookCallTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode onlyCard(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("cards")).hasSize(1);
        return response.json().get("cards").get(0);
    }

    @Test
    void aCleanOrderGetsAnInfoCard() {
        JsonNode card = onlyCard(service.post(SIGN, Call.clean().json()));

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.get("summary").asText()).startsWith("Microneedling order mn1: proceed").hasSizeLessThan(140);
        assertThat(card.get("detail").asText()).contains("**Order:** `ServiceRequest/mn1`", "**Decision: PROCEED**", "cheeks: proceed");
        assertThat(card.get("uuid").asText()).isNotBlank();
        assertThat(card.get("source").get("label").asText()).contains("needlesafe rule set", "US-CA");
        assertThat(card.get("source").get("url").asText()).isEqualTo("https://needlesafe.org/rules");
        assertThat(card.has("suggestions")).isFalse();
        assertThat(card.has("selectionBehavior")).isFalse();
        assertThat(card.has("overrideReasons")).as("nothing to override on a PROCEED card").isFalse();
    }

    @Test
    void anActiveColdSoreGetsACriticalCard() {
        Call call = Call.clean().with("conditions", Fixtures.condition("1475003", "active"));

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText()).startsWith("Microneedling order mn1: defer").contains("herpes simplex (cold sore)");
        assertThat(card.get("detail").asText()).contains("MN-C01-ACTIVE-INFECTION", "evidence well supported",
                "Basis: `patient.conditions[0]`: herpes simplex (cold sore) active").doesNotContain("HERPES_SIMPLEX");
        assertThat(card.get("overrideReasons")).isNotEmpty();
        card.get("overrideReasons").forEach(reason -> {
            assertThat(reason.get("system").asText()).isEqualTo(NeedlesafeFhir.OVERRIDE_REASON);
            assertThat(reason.get("display").asText()).isNotBlank();
        });
    }

    @Test
    void aCardIsWrittenInTheAcceptedLanguageAndSaysItIsNotClinicallyReviewed() {
        Call call = Call.clean().with("conditions", Fixtures.condition("1475003", "active"));
        Response response = postIn("es-US, en;q=0.5", call);

        JsonNode card = onlyCard(response);

        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText()).startsWith("Orden de microagujas mn1: aplazar")
                .contains("herpes simple").hasSizeLessThan(140);
        assertThat(card.get("detail").asText()).contains("Texto en español redactado", "**Decisión: APLAZAR**",
                "MN-C01-ACTIVE-INFECTION", "evidencia bien fundamentada", "Apoyo a la decisión",
                "Base: `patient.conditions[0]`: herpes simple (herpes labial) activa",
                "**Orden:** `ServiceRequest/mn1` — Microneedling: 60819002 1,0 mm");
        assertThat(card.get("detail").asText()).doesNotContain("Decision support", "evidence well supported",
                "HERPES_SIMPLEX", " active ", " onset ");
        assertThat(card.get("source").get("label").asText()).startsWith("conjunto de reglas needlesafe ")
                .contains("perfil US-CA");
        assertThat(card.get("source").get("topic").get("display").asText())
                .isEqualTo("Seguridad previa a un tratamiento con microagujas");
        assertThat(card.get("source").get("topic").get("code").asText()).isEqualTo("microneedling-safety");
        assertThat(card.get("overrideReasons").findValuesAsText("display"))
                .contains("Criterio clínico: documentado en el historial");
        assertThat(card.get("overrideReasons").findValuesAsText("code")).contains("clinical-judgement");
    }

    @Test
    void aResolvedColdSoreDoesNotDefer() {
        Call call = Call.clean().with("conditions", Fixtures.condition("1475003", "resolved"));

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("detail").asText()).doesNotContain("MN-C01-ACTIVE-INFECTION");
        assertThat(card.get("indicator").asText()).isNotEqualTo("critical");
    }

    @Test
    void aDepthBeyondScopeSuggestsTheOrderAtTheAllowedDepth() {
        // D-04: in Utah a master esthetician may needle to 1.5 mm without supervision.
        ServiceRequest order = Fixtures.order("mn1", CHEEK, "2.0", FOREHEAD, "0.5");
        order.addExtension(NeedlesafeFhir.JURISDICTION, new org.hl7.fhir.r4.model.CodeType("US-UT"));
        Call call = new Call(order, Fixtures.checklist("mn1"))
                .set("practitioner", Fixtures.practitioner(NeedlesafeFhir.codeSystem("credential"), "MASTER_ESTHETICIAN"));

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText()).startsWith("Microneedling order mn1: change the plan");
        assertThat(card.get("detail").asText()).contains("MN-D04-DEPTH-OVER-SCOPE", "Change: reduce cheeks to 1.5 mm");
        assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
        JsonNode suggestion = card.get("suggestions").get(0);
        assertThat(suggestion.get("isRecommended").asBoolean()).isTrue();
        assertThat(suggestion.get("uuid").asText()).isNotBlank();
        assertThat(suggestion.get("label").asText()).contains("Change order mn1", "reduce cheeks to 1.5 mm");
        JsonNode action = suggestion.get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("update");
        JsonNode updated = action.get("resource");
        assertThat(updated.get("resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(updated.get("id").asText()).isEqualTo("mn1");
        assertThat(depths(updated)).containsExactly(CHEEK + "=1.5", FOREHEAD + "=0.5");
    }

    @Test
    void anAreaThatCannotBeTreatedTodayIsLeftOutOfTheSuggestedOrder() {
        // A wart on the cheek defers the cheek only; the forehead can go ahead: case MODIFY_PLAN.
        Call call = new Call(Fixtures.order("mn1", CHEEK, "1.0", FOREHEAD, "0.5"), Fixtures.checklist("mn1"))
                .with("conditions", wart());

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        JsonNode updated = card.get("suggestions").get(0).get("actions").get(0).get("resource");
        assertThat(depths(updated)).containsExactly(FOREHEAD + "=0.5");
        assertThat(card.get("suggestions").get(0).get("label").asText()).contains("leave out cheeks");
    }

    private static org.hl7.fhir.r4.model.Condition wart() {
        org.hl7.fhir.r4.model.Condition wart = Fixtures.condition("x", "active", CHEEK);
        wart.setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("condition"), "WARTS", "Wart")));
        return wart;
    }

    @Test
    void unknownScreeningAnswersAreMissingInformationNeverNo() {
        // No pregnancy or breastfeeding Observation, and no checklist: unknown, so the case cannot proceed today.
        Call call = new Call(Fixtures.cheeks()).with("observations");

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        // Only information the clinic can complete in this visit is missing: a warning saying what to complete.
        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText()).startsWith("Microneedling order mn1: complete the check first — Confirm");
        assertThat(card.get("detail").asText()).contains("**Decision: DEFER**", "**To complete before treating**",
                "Confirm whether the patient is pregnant before treating `patient.pregnant`",
                "`patient.breastfeeding`", "`setup.gloves`", "`practitioner.microneedlingTraining`");
    }

    @Test
    void anOldPregnancyObservationDoesNotAnswerTheQuestion() {
        Observation old = Fixtures.observation("82810-3", SNOMED, "60001007", Fixtures.TODAY.minusDays(30));
        Call call = Call.clean().with("observations", old, Fixtures.notBreastfeeding());

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("detail").asText()).contains("`patient.pregnant`");
    }

    @Test
    void aDocumentedClearanceReachesTheRules() {
        // C-09 breastfeeding is clearable by a physician: the order carries the documented decision.
        ServiceRequest order = Fixtures.cheeks();
        order.addExtension(Fixtures.clearance("C-09", "PHYSICIAN", "2026-11-20"));
        Observation breastfeeding = Fixtures.observation("63895-7", "http://loinc.org", "LA33-6", Fixtures.TODAY);
        Call call = new Call(order, Fixtures.checklist("mn1"))
                .with("observations", Fixtures.notPregnant(), breastfeeding);

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("detail").asText()).contains("MN-C09-BREASTFEEDING",
                "Cleared by physician on 2026-11-20 (otherwise defer)");
    }

    @Test
    void aPractitionerRoleUserIsAcceptedWithTheCodesOfTheRole() {
        Call call = Call.clean().without("practitioner").without("practitionerRoles")
                .set("practitionerRole", Fixtures.role("DERMATOLOGIST"));
        call.userId = "PractitionerRole/r1";

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("info");
    }

    @Test
    void aPractitionerRoleUserWithoutTheirRoleIs412() {
        Call call = Call.clean().without("practitioner").without("practitionerRoles");
        call.userId = "PractitionerRole/r1";

        Response response = service.post(SIGN, call.json());

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("error").asText()).contains("prefetch practitionerRole: not provided");
    }

    @Test
    void orderSelectEvaluatesOnlyTheSelectedOrders() {
        Call call = new Call(Fixtures.order("mn1", CHEEK, "1.0"), Fixtures.order("mn2", FOREHEAD, "0.5"),
                Fixtures.checklist("mn1")).select("ServiceRequest/mn2");

        Response response = service.post(SELECT, call.json());

        JsonNode card = onlyCard(response);
        assertThat(card.get("detail").asText()).contains("`ServiceRequest/mn2`", "forehead").doesNotContain("`ServiceRequest/mn1`");
    }

    @Test
    void orderSignEvaluatesEveryMicroneedlingOrder() {
        Call call = new Call(Fixtures.order("mn1", CHEEK, "1.0"), Fixtures.order("mn2", FOREHEAD, "0.5"));

        Response response = service.post(SIGN, call.json());

        assertThat(response.json().get("cards")).hasSize(2);
    }

    @Test
    void noMicroneedlingOrderMeansNoCardsAndNoPrefetchNeeded() {
        ServiceRequest other = new ServiceRequest();
        other.setId("lab1");
        other.setCode(new CodeableConcept(new Coding("http://loinc.org", "4548-4", "Hemoglobin A1c")));
        Call call = new Call(other).without("patient").without("conditions");

        Response response = service.post(SIGN, call.json());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"cards\":[]}");
    }

    @Test
    void missingRequiredPrefetchWithoutAFhirServerIs412() {
        Call call = Call.clean().without("conditions").without("allergies");

        Response response = service.post(SIGN, call.json());

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("error").asText()).contains("prefetch allergies: not provided", "prefetch conditions: not provided");
    }

    @Test
    void aPrefetchTheEhrHasNoDataForIsNull() {
        Call call = Call.clean().none("conditions").none("practitionerRoles");

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("info");
    }

    @Test
    void anOrderThatCannotBeReadGetsACardSayingWhatIsMissing() {
        ServiceRequest order = Fixtures.cheeks();
        order.getBodySite().get(0).getExtension().clear();
        order.addBodySite(new CodeableConcept(new Coding(SNOMED, "123456", "Somewhere")));
        Call call = new Call(order, Fixtures.checklist("mn1"));

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText()).startsWith("Microneedling order mn1: safety check not run");
        assertThat(card.get("detail").asText()).contains("ServiceRequest/mn1.bodySite\\[0\\].extension",
                "needle-depth", "bodySite\\[1\\]: 'Somewhere' is not a known treatment area");
    }

    @Test
    void anOrderThatCannotBeReadGetsItsCardInTheAcceptedLanguage() {
        ServiceRequest order = Fixtures.cheeks();
        order.getBodySite().get(0).getExtension().clear();
        Call call = new Call(order, Fixtures.checklist("mn1"));
        Response response = postIn("es", call);

        JsonNode card = onlyCard(response);

        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText())
                .startsWith("Orden de microagujas mn1: comprobación de seguridad no realizada")
                .containsPattern("\\(\\d+ problemas?\\)$").hasSizeLessThan(140);
        assertThat(card.get("detail").asText()).contains("**Orden:** `ServiceRequest/mn1`",
                "**La comprobación de seguridad de microagujas no se realizó.**", "Apoyo a la decisión",
                "ServiceRequest/mn1.bodySite\\[0\\].extension\\[needle-depth\\]: obligatorio (la profundidad de la aguja)");
        assertThat(card.get("detail").asText()).doesNotContain("did not run", "Decision support", "**Order:**",
                "required", "needle depth");
    }

    @Test
    void unrecognisedEntriesAreListedAsNotChecked() {
        org.hl7.fhir.r4.model.Condition unknown = Fixtures.condition("999999", "active");
        unknown.getCode().setText("Some [rare](http://evil.example) condition");
        Call call = Call.clean().with("conditions", unknown);

        JsonNode card = onlyCard(service.post(SIGN, call.json()));

        assertThat(card.get("detail").asText()).contains("**Not checked**",
                "Condition: Some \\[rare\\](http://evil.example) condition");
    }

    private static List<String> depths(JsonNode serviceRequest) {
        List<String> depths = new ArrayList<>();
        for (JsonNode site : serviceRequest.get("bodySite")) {
            for (JsonNode extension : site.get("extension")) {
                if (extension.get("url").asText().equals(NeedlesafeFhir.NEEDLE_DEPTH)) {
                    depths.add(site.get("coding").get(0).get("code").asText() + "="
                            + extension.get("valueQuantity").get("value").asText());
                }
            }
        }
        return depths;
    }

    /** Signs the call with the EHR's {@code Accept-Language}. */
    private static Response postIn(String acceptLanguage, Call call) {
        return service.send(service.request(SIGN).header("Content-Type", "application/json")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(call.json())), service.token(SIGN).sign());
    }
}
