package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's FHIR validator, offline, knowing needlesafe's conformance resources. Built once per test run: the first
 * validation loads the core definitions (seconds), later ones are quick.
 */
final class FhirValidation {
    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final ConformanceResources RESOURCES = ConformanceResources.load(FHIR);
    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** The errors (and fatal problems) the validator reports for the resource, as "location: message". */
    static synchronized List<String> errors(Resource resource) {
        if (validator == null) {
            validator = build();
        }
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    private static FhirValidator build() {
        PrePopulatedValidationSupport needlesafe = new PrePopulatedValidationSupport(FHIR);
        RESOURCES.all().forEach(needlesafe::addResource);
        Questionnaire checklist = RESOURCES.checklist();
        // PrePopulatedValidationSupport does not hand out Questionnaires: this one does, for QuestionnaireResponses.
        IValidationSupport questionnaires = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return FHIR;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
                boolean wanted = (type == null || type.isInstance(checklist)) && url != null
                        && url.split("\\|")[0].equals(checklist.getUrl());
                return wanted ? (T) checklist : null;
            }
        };
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                needlesafe,
                questionnaires,
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }
}
