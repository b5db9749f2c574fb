package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.fhir.Checklist;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;

/** The published conformance resources: valid FHIR R4 by HAPI's validator, and true to what the service reads. */
class ConformanceResourcesTest {

    /**
     * The Questionnaire, CodeSystems and ValueSets. (The StructureDefinitions are checked where it matters, by
     * validating an order that uses them below: validating a differential-only definition as a resource makes the
     * offline validator look for the core package on the internet.)
     */
    @Test
    void everyResourceIsValidFhir() {
        List<Resource> resources = FhirValidation.RESOURCES.all().stream()
                .filter(resource -> !(resource instanceof StructureDefinition)).toList();
        assertThat(resources).hasSizeGreaterThan(20);
        for (Resource resource : resources) {
            assertThat(FhirValidation.errors(resource)).as(resource.fhirType() + "/" + resource.getIdPart()).isEmpty();
        }
    }

    @Test
    void aChecklistTheAppWritesIsValidAgainstTheQuestionnaire() {
        ChecklistAnswers answers = new ChecklistAnswers();
        answers.put("device", List.of(new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", "Microneedling pen")), "the order");
        answers.put("prp-planned", List.of(new BooleanType(false)), "the order");
        answers.put("pregnant", List.of(RecordAnswers.NO.copy()), null);
        answers.put("implants", List.of(new Coding(NeedlesafeFhir.codeSystem("implant"), "NONE", "Reviewed: none")), null);
        answers.put("years-experience", List.of(new IntegerType(4)), null);
        answers.put("device-barrier-sleeve", List.of(new BooleanType(true)), null);
        answers.put("gloves", List.of(new BooleanType(true)), null);
        QuestionnaireResponse response = new ChecklistRecord(FhirValidation.RESOURCES.checklist()).response(answers,
                "p1", "ServiceRequest/o1", "Practitioner/u1", ZonedDateTime.parse("2026-11-25T10:00:00-07:00[America/Denver]"));
        assertThat(FhirValidation.errors(response)).isEmpty();
        assertThat(response.getItem()).extracting(item -> item.getLinkId())
                .containsExactly("order", "patient", "practitioner", "setup");

        response.getItem().get(3).addItem().setLinkId("blood-handling-compliant").addAnswer().setValue(new BooleanType(true));
        assertThat(FhirValidation.errors(response)).as("an answer to a question that is not enabled (no PRP)")
                .isNotEmpty();
    }

    @Test
    void anOrderUsingEveryExtensionIsValidAgainstTheirDefinitions() {
        ServiceRequest order = new ServiceRequest();
        order.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT).setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setSubject(new Reference("Patient/p1"))
                .setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING", null)));
        order.addBodySite().setText("Cheeks").addExtension(NeedlesafeFhir.NEEDLE_DEPTH,
                new Quantity().setValue(new BigDecimal("1.0")).setSystem("http://unitsofmeasure.org").setCode("mm").setUnit("mm"));
        order.addExtension(NeedlesafeFhir.DEVICE, new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", null));
        order.addExtension(NeedlesafeFhir.DEVICE_CLEARED, new BooleanType(true));
        order.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(false));
        order.addExtension(NeedlesafeFhir.JURISDICTION, new CodeType("US-UT"));
        Extension topical = order.addExtension().setUrl(NeedlesafeFhir.TOPICAL);
        topical.addExtension(NeedlesafeFhir.TOPICAL_PRODUCT, new CodeType("PRP"));
        topical.addExtension(NeedlesafeFhir.TOPICAL_STERILE, new BooleanType(true));
        Extension clearance = order.addExtension().setUrl(NeedlesafeFhir.CLEARANCE);
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_KB, new StringType("C-08"));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_BY, new Coding(NeedlesafeFhir.codeSystem("clearing-role"), "PRESCRIBER", null));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_DATE, new DateType("2026-11-20"));
        assertThat(FhirValidation.errors(order)).isEmpty();

        order.getExtensionByUrl(NeedlesafeFhir.DEVICE).setValue(new CodeType("LASER"));
        assertThat(FhirValidation.errors(order)).as("a device code the CodeSystem does not hold").isNotEmpty();
    }

    @Test
    void theCodeSystemsHoldExactlyTheCodesTheServiceAccepts() {
        Map<String, List<String>> expected = Map.of(
                "fitzpatrick-type", names(FitzpatrickType.values()),
                "implant", concat(names(ImplantCode.values()), Checklist.NONE),
                "setting", names(Setting.values()),
                "needles", names(Needles.values()),
                "skin-antisepsis", names(Antisepsis.values()),
                "device", names(Device.values()),
                "topical-product", names(TopicalProduct.values()),
                "clearing-role", names(ClearingRole.values()));
        expected.forEach((name, codes) -> assertThat(FhirValidation.RESOURCES.codes(
                NeedlesafeFhir.BASE + "ValueSet/" + name).stream().map(Coding::getCode))
                .as(name).containsExactlyInAnyOrderElementsOf(codes));
    }

    @Test
    void theQuestionnaireAsksEveryItemTheServiceReads() throws IllegalAccessException {
        List<String> linkIds = ChecklistItems.flatten(FhirValidation.RESOURCES.checklist().getItem()).stream()
                .map(item -> item.getLinkId()).toList();
        for (var field : Checklist.class.getFields()) {
            if (field.getType() == String.class && !field.getName().equals("NONE")) {
                assertThat(linkIds).contains((String) field.get(null));
            }
        }
        assertThat(FhirValidation.RESOURCES.checklist().getUrl()).isEqualTo(NeedlesafeFhir.CHECKLIST);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
