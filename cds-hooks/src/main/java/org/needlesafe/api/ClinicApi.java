package org.needlesafe.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.RuleDescription;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.handout.ClinicContact;
import org.needlesafe.handout.Handout;
import org.needlesafe.json.AssessmentWriter;
import org.needlesafe.json.CaseReader;
import org.needlesafe.json.CaseSchema;
import org.needlesafe.json.JsonLinesBatch;
import org.needlesafe.jurisdiction.Jurisdiction;
import org.needlesafe.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's JSON API under {@code /v1}, in the same server as CDS Hooks: the case format of the public contract
 * in, assessments out, for callers in any language. Every assessment goes through the shared advisor (so it is
 * audited as the library audits), every error is {@code application/problem+json}, and logs never carry a body.
 */
public final class ClinicApi implements AutoCloseable {
    /** The API's path prefix: its version. */
    public static final String PREFIX = "/v1";
    /** The most lines one batch request may hold; the next line gets an error record and the rest is not read. */
    public static final long MAX_BATCH_LINES = 100_000;
    static final String BATCH = PREFIX + "/assessments/batch";
    private static final Logger LOG = LoggerFactory.getLogger(ClinicApi.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/";
    private static final Set<String> SWAGGER_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js", "favicon-32x32.png");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SWAGGER_UI_VERSION = webjarVersion();

    private final SafetyAdvisor advisor;
    private final CaseReader reader;
    private final JsonLinesBatch batch;
    private final ApiKeys keys;
    private final long maxCaseBytes;
    private final Handout handout;

    /**
     * @param clients      the registered callers; none, and only the insecure mode lets requests through
     * @param insecure     no authentication (the server then listens on this machine only)
     * @param maxCaseBytes the largest single-case body
     * @param clinic       the clinic's name and phone for the patient's handout
     */
    public ClinicApi(SafetyAdvisor advisor, List<ApiClient> clients, boolean insecure, long maxCaseBytes,
                     ClinicContact clinic) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.reader = new CaseReader(advisor);
        this.batch = new JsonLinesBatch(advisor);
        this.keys = new ApiKeys(clients, insecure);
        this.maxCaseBytes = Math.min(maxCaseBytes, CaseReader.MAX_DOCUMENT_BYTES);
        this.handout = new Handout(Objects.requireNonNull(clinic, "clinic"));
    }

    /** Whether the path streams its body, so that the server's whole-body size limit does not apply to it. */
    public static boolean streams(String path) {
        return BATCH.equals(path);
    }

    /** Whether the path is the API's, so that errors there are answered as problem+json. */
    public static boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    public void routes(RoutesConfig routes) {
        routes.before(PREFIX + "/*", keys::authenticate);
        routes.post(PREFIX + "/assessments", this::assess);
        routes.post(PREFIX + "/handouts", this::handout);
        routes.post(BATCH, this::batch);
        routes.post(PREFIX + "/validations", this::validate);
        routes.get(PREFIX + "/rules", ctx -> json(ctx, advisor.rules().stream()
                .sorted(java.util.Comparator.comparing(RuleDescription::id)).toList()));
        routes.get(PREFIX + "/jurisdictions", ctx -> json(ctx, advisor.jurisdictions().ids().stream().sorted()
                .map(advisor.jurisdictions()::get).map(ClinicApi::jurisdiction).toList()));
        routes.get(PREFIX + "/configuration", ctx -> json(ctx, advisor.configuration().asMap()));
        routes.get(PREFIX + "/openapi.json", ctx -> ctx.contentType("application/json")
                .result(resource("/org/needlesafe/api/openapi.json")));
        routes.get(PREFIX + "/schemas/{name}", this::schema);
        routes.get(PREFIX + "/docs", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(resource("/org/needlesafe/api/docs.html")));
        routes.get(PREFIX + "/docs/{file}", this::swaggerFile);
        routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(),
                e.problems()));
    }

    private void assess(Context ctx) {
        Language.Choice language = language(ctx);
        Assessment assessment = advisor.assess(valid(ctx)).in(language);
        ctx.contentType("application/json").result(AssessmentWriter.toJsonBytes(assessment));
    }

    /**
     * The language the caller asks for in Accept-Language, answered in Content-Language; English when none of ours
     * is asked for (the assessment's languageNotice then says so).
     */
    private static Language.Choice language(Context ctx) {
        Language.Choice choice = Language.negotiate(ctx.header("Accept-Language"));
        ctx.header("Content-Language", choice.language().tag());
        return choice;
    }

    /**
     * The patient's printable aftercare handout for the case, or a clinician summary when it does not go ahead, in
     * the caller's language (Accept-Language, as for an assessment). Assessed and audited like an assessment.
     */
    private void handout(Context ctx) {
        org.needlesafe.ValidCase valid = valid(ctx);
        Language.Choice language = language(ctx);
        Assessment assessment = advisor.assess(valid).in(language);
        ctx.contentType("text/html; charset=utf-8")
                .result(handout.html(assessment, valid.treatment().assessmentDate(), language.language().locale()));
    }

    private org.needlesafe.ValidCase valid(Context ctx) {
        try {
            return reader.readValid(caseBody(ctx));
        } catch (InvalidCaseException e) {
            throw invalidCase(e.problems());
        }
    }

    private void validate(Context ctx) {
        List<Problem> problems;
        try {
            reader.read(caseBody(ctx));
            problems = List.of();
        } catch (InvalidCaseException e) {
            problems = e.problems();
        }
        ObjectNode answer = JSON.createObjectNode().put("valid", problems.isEmpty());
        errors(answer.putArray("errors"), problems);
        ctx.contentType("application/json").result(answer.toString());
    }

    private void batch(Context ctx) throws IOException {
        requireType(ctx, "application/x-ndjson", "application/jsonl", "application/json-seq", "text/plain");
        ctx.contentType("application/x-ndjson");
        ctx.res().setCharacterEncoding("UTF-8");
        JsonLinesBatch.Summary summary = batch.run(ctx.req().getInputStream(), ctx.res().getOutputStream(),
                MAX_BATCH_LINES, language(ctx));
        LOG.info("batch: {} line(s), {} invalid", summary.lines(), summary.invalid());
    }

    private void schema(Context ctx) {
        String name = ctx.pathParam("name");
        if (!Set.of(CaseSchema.CASE, CaseSchema.ASSESSMENT, CaseSchema.ERROR_RECORD).contains(name)) {
            throw new ApiProblem(404, "Not Found", "no schema named '" + name + "' (known: " + CaseSchema.CASE
                    + ", " + CaseSchema.ASSESSMENT + ", " + CaseSchema.ERROR_RECORD + ")");
        }
        ctx.contentType("application/schema+json").result(CaseSchema.resource(name).toString());
    }

    private void swaggerFile(Context ctx) {
        String file = ctx.pathParam("file");
        if (!SWAGGER_FILES.contains(file)) {
            throw new ApiProblem(404, "Not Found", "no such file");
        }
        String type = file.endsWith(".css") ? "text/css" : file.endsWith(".js") ? "text/javascript" : "image/png";
        ctx.contentType(type).result(resource(SWAGGER_UI + SWAGGER_UI_VERSION + "/" + file));
    }

    /** One case document, within the size limit whatever the Content-Length said. */
    private byte[] caseBody(Context ctx) {
        requireType(ctx, "application/json");
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) maxCaseBytes + 1);
            if (body.length > maxCaseBytes) {
                throw new ApiProblem(413, "Content Too Large", "one case is at most " + maxCaseBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new ApiProblem(400, "Bad Request", "the request body cannot be read");
        }
    }

    private static void requireType(Context ctx, String... types) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        for (String accepted : types) {
            if (type.startsWith(accepted)) {
                return;
            }
        }
        throw new ApiProblem(415, "Unsupported Media Type", "Content-Type must be " + String.join(" or ", types));
    }

    static ApiProblem invalidCase(List<Problem> problems) {
        return new ApiProblem(422, "Invalid case", problems.size() + " problem(s) with the case; each names its "
                + "field", problems);
    }

    /** Writes an RFC 9457 problem; {@code errors} carries the contract's {path, message} list. */
    public static void problem(Context ctx, int status, String title, String detail, List<Problem> problems) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (!problems.isEmpty()) {
            errors(body.putArray("errors"), problems);
        }
        // A problem's words are English whatever was asked for (docs/JSON-API.md), and the header says so.
        ctx.header("Content-Language", Language.ENGLISH.tag());
        ctx.status(status).contentType(PROBLEM_JSON).result(body.toString());
    }

    private static void errors(ArrayNode errors, List<Problem> problems) {
        problems.forEach(problem -> errors.addObject().put("path", problem.path()).put("message", problem.message()));
    }

    /** A profile with its versions, dates as ISO text: the law each version applies and how fresh its reading is. */
    private static Map<String, Object> jurisdiction(Jurisdiction jurisdiction) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", jurisdiction.id());
        out.put("name", jurisdiction.name());
        out.put("versions", jurisdiction.versions().stream().map(version -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("version", version.version());
            v.put("validFrom", version.validFrom() == null ? null : version.validFrom().toString());
            v.put("validUntil", version.validUntil() == null ? null : version.validUntil().toString());
            v.put("source", version.source());
            v.put("lastChecked", version.lastChecked() == null ? null : version.lastChecked().toString());
            v.put("note", version.note());
            return v;
        }).toList());
        return out;
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ClinicApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the batch workers. */
    @Override
    public void close() {
        batch.close();
    }

    /**
     * The Swagger UI webjar's version (the folder its files are in), written by the build: the shaded jar keeps no
     * library's Maven metadata.
     */
    private static String webjarVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = ClinicApi.class.getResourceAsStream("/org/needlesafe/api/swagger-ui.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI webjar is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** Titles for the statuses the server answers itself (404, 405, 413, 401, 500) under the API's path. */
    public static String title(int status) {
        return Map.of(400, "Bad Request", 401, "Unauthorized", 404, "Not Found", 405, "Method Not Allowed",
                413, "Content Too Large", 415, "Unsupported Media Type", 500, "Internal Server Error")
                .getOrDefault(status, "Error");
    }
}
