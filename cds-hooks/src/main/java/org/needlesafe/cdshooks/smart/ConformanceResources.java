package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/**
 * The FHIR R4 conformance resources needlesafe publishes: the pre-procedure checklist Questionnaire, its CodeSystems
 * and ValueSets, and the StructureDefinitions of the ServiceRequest extensions. They are files on the class path
 * (listed in {@code index.txt}), parsed strictly once at start-up and served as they are.
 */
public final class ConformanceResources {
    private static final String FOLDER = "/needlesafe/fhir/conformance/";

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private ConformanceResources(FhirContext fhir) {
        var parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        for (String name : read("index.txt").lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList()) {
            String text = read(name);
            Resource resource;
            try {
                resource = (Resource) parser.parseResource(text);
            } catch (DataFormatException e) {
                throw new IllegalStateException(FOLDER + name + ": not a valid FHIR R4 resource: " + e.getMessage(), e);
            }
            String key = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            resources.put(key, resource);
            files.put(key, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static ConformanceResources load(FhirContext fhir) {
        return new ConformanceResources(fhir);
    }

    /** {@code GET /fhir/<type>/<id>}: each resource at the path of its canonical URL, as FHIR JSON. */
    public void addRoutes(RoutesConfig routes) {
        routes.get("/fhir/{type}/{id}", ctx -> {
            byte[] body = json(ctx.pathParam("type"), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
            ctx.contentType("application/fhir+json; charset=utf-8").result(body);
        });
    }

    /** The resource's JSON as shipped, by type and id ({@code Questionnaire}, {@code pre-procedure-checklist}). */
    public Optional<byte[]> json(String type, String id) {
        return Optional.ofNullable(files.get(type + "/" + id));
    }

    /** Every resource, in the order of the index. */
    public List<Resource> all() {
        return List.copyOf(resources.values());
    }

    /** The pre-procedure checklist ({@link NeedlesafeFhir#CHECKLIST}); callers must not change it. */
    public Questionnaire checklist() {
        return (Questionnaire) resources.get("Questionnaire/pre-procedure-checklist");
    }

    /** The codes of a ValueSet that includes whole code systems, by its canonical URL, with their displays. */
    public List<Coding> codes(String valueSetUrl) {
        return resources.values().stream()
                .filter(resource -> resource instanceof ValueSet set && set.getUrl().equals(valueSetUrl))
                .flatMap(set -> ((ValueSet) set).getCompose().getInclude().stream())
                .flatMap(include -> codeSystem(include.getSystem()).getConcept().stream()
                        .map(concept -> new Coding(include.getSystem(), concept.getCode(), concept.getDisplay())))
                .toList();
    }

    private CodeSystem codeSystem(String url) {
        return resources.values().stream()
                .filter(resource -> resource instanceof CodeSystem system && system.getUrl().equals(url))
                .map(CodeSystem.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no CodeSystem " + url + " among the conformance resources"));
    }

    private static String read(String name) {
        try (InputStream in = ConformanceResources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
