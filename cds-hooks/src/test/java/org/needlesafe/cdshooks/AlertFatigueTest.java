package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.fhir.SexParameter;

/**
 * Cards a clinic can live with: the fail-safe stays (never PROCEED on unknowns), but questions that cannot apply are
 * not asked, a card that only asks for information is a warning naming what to complete, and it links to where.
 */
class AlertFatigueTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Patient patient(String birthDate, Enumerations.AdministrativeGender gender, String sex) {
        Patient patient = Fixtures.patient();
        patient.setBirthDateElement(new DateType(birthDate));
        patient.setGender(gender);
        if (sex != null) {
            Extension parameter = new Extension(SexParameter.EXTENSION);
            parameter.addExtension("value", new CodeableConcept(new Coding(SexParameter.SYSTEM, sex, null)));
            patient.addExtension(parameter);
        }
        return patient;
    }

    private static JsonNode card(Call call) {
        return service.post(SIGN, call.json()).json().get("cards").get(0);
    }

    @Test
    void aSeventyTwoYearOldManWithNoPregnancyDataIsNotAskedAboutBreastfeeding() {
        Call call = Call.clean().without("observations")
                .set("patient", patient("1954-06-01", Enumerations.AdministrativeGender.MALE, null));

        JsonNode card = card(call);

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.get("detail").asText()).doesNotContain("pregnan", "breastfeeding");
    }

    @Test
    void aMaleTypicalSexParameterForClinicalUseRulesThemOut() {
        Call call = Call.clean().without("observations")
                .set("patient", patient("1990-03-14", Enumerations.AdministrativeGender.FEMALE, "male-typical"));

        assertThat(card(call).get("indicator").asText()).isEqualTo("info");
    }

    @Test
    void administrativeGenderAloneRulesNothingOut() {
        Call call = Call.clean().without("observations")
                .set("patient", patient("1990-03-14", Enumerations.AdministrativeGender.MALE, null));

        JsonNode card = card(call);

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("detail").asText()).contains("**Decision: DEFER**", "`patient.pregnant`",
                "`patient.breastfeeding`");
    }

    @Test
    void aCardThatOnlyAsksForInformationIsAWarningAndAnActualFindingIsCritical() {
        Call asks = Call.clean().without("observations");
        Call finds = Call.clean().without("observations").with("conditions", Fixtures.condition("1475003", "active"));

        assertThat(card(asks).get("indicator").asText()).isEqualTo("warning");
        assertThat(card(finds).get("indicator").asText()).isEqualTo("critical");
    }

    @Test
    void theIndicatorOfACardThatAsksIsAClinicSetting() {
        try (TestService strict = TestService.start(configuration -> configuration
                .missingInformationIndicator("critical"))) {
            JsonNode card = strict.post(SIGN, Call.clean().without("observations").json()).json()
                    .get("cards").get(0);

            assertThat(card.get("indicator").asText()).isEqualTo("critical");
        }
    }

    @Test
    void aCardThatAsksLinksToTheChecklistWhenOneIsConfigured() {
        try (TestService linked = TestService.start(configuration -> configuration
                .checklistUrl("https://cds.clinic.example.org/checklist").checklistLinkType("smart"))) {
            JsonNode asks = linked.post(SIGN, Call.clean().without("observations").json()).json()
                    .get("cards").get(0);
            JsonNode clean = linked.post(SIGN, Call.clean().json()).json().get("cards").get(0);

            JsonNode link = asks.get("links").get(0);
            assertThat(link.get("url").asText()).isEqualTo("https://cds.clinic.example.org/checklist");
            assertThat(link.get("type").asText()).isEqualTo("smart");
            assertThat(link.get("label").asText()).isNotBlank();
            assertThat(link.get("appContext").asText()).contains("ServiceRequest/mn1");
            assertThat(clean.has("links")).isFalse();
        }
        assertThat(card(Call.clean().without("observations")).has("links")).as("none configured").isFalse();
    }

    @Test
    void discoveryStatesWhatTheServiceDependsOn() {
        JsonNode services = service.get("/cds-services").json().get("services");

        services.forEach(definition -> assertThat(definition.get("usageRequirements").asText())
                .contains("pre-procedure checklist", "Observations", "sex parameter for clinical use"));
    }
}
