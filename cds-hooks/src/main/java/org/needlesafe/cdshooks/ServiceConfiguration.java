package org.needlesafe.cdshooks;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.needlesafe.cdshooks.fhir.FhirCaseMapper;
import org.needlesafe.cdshooks.fhir.FhirMappings;
import org.needlesafe.api.ApiClient;
import org.needlesafe.cdshooks.security.TrustedClient;
import org.needlesafe.cdshooks.smart.SmartIssuer;
import org.needlesafe.cdshooks.security.Urls;
import org.needlesafe.internal.KeyValueFile;
import org.needlesafe.store.postgres.PostgresSettings;

/**
 * The service's configuration, read from a {@code key = value} file (docs/CDS-HOOKS.md lists every key). Relative
 * paths are relative to the file. Unknown keys and bad values fail with the file, line and key named.
 *
 * @param baseUrl                the public URL the EHR calls, without {@code /cds-services}: the JWT {@code aud}
 *                               is checked against it; HTTPS unless it is this machine
 * @param host                   the address to listen on
 * @param jurisdiction           the jurisdiction profile used unless the order names one
 * @param timeZone               the clinic's zone: "today" for the rules
 * @param clinicConfiguration    the clinic's thresholds file for the rules, or {@code null} for the defaults
 * @param jurisdictionProfiles   extra jurisdiction profile files
 * @param sourceUrl              the card source link, or {@code null}
 * @param observationMaxAgeDays  how old a pregnancy or breastfeeding Observation may be and still count
 * @param stoppedOrderMaxAgeDays how long ago a stopped medication's last dose (known or estimated) may be and count
 * @param notCheckedIsPrecaution whether unrecognised active medications or conditions keep a card from {@code info}
 * @param mappings               extra mapping rows, by table name
 * @param postgres               the shared PostgreSQL store ({@code auditStore = postgres}), or {@code null} for the
 *                               single-machine default ({@code auditStore = file})
 * @param checklistIssuers       the EHRs that may launch the checklist app ({@code smart.<name>.*}); none: no app
 * @param auditFile              the append-only audit log (one JSON record per line), or {@code null}: then only the
 *                               insecure development mode may run (a service must not drop its audit trail)
 * @param missingInformationCritical whether a card that only asks for information the clinic can complete in this
 *                               visit is {@code critical} (by default it is {@code warning})
 * @param checklistUrl           where the pre-procedure checklist is completed (linked from cards that ask for
 *                               information), or {@code null}
 * @param checklistLinkType      {@code absolute} or {@code smart} (a SMART app the EHR launches)
 * @param apiClients             the JSON API's registered callers ({@code apiClient.<name>.keySha256})
 */
public record ServiceConfiguration(
        URI baseUrl,
        String host,
        String jurisdiction,
        ZoneId timeZone,
        Path clinicConfiguration,
        List<Path> jurisdictionProfiles,
        String sourceUrl,
        long maxRequestBytes,
        Duration clockSkew,
        Duration maxTokenLifetime,
        Duration jwksCacheTime,
        int replayCacheSize,
        int observationMaxAgeDays,
        int stoppedOrderMaxAgeDays,
        boolean notCheckedIsPrecaution,
        List<TrustedClient> clients,
        Map<String, Path> mappings,
        PostgresSettings postgres,
        List<SmartIssuer> checklistIssuers,
        Path auditFile,
        boolean missingInformationCritical,
        String checklistUrl,
        String checklistLinkType,
        List<ApiClient> apiClients) {

    private static final Set<String> KEYS = Set.of("baseUrl", "host", "jurisdiction", "timeZone",
            "clinicConfiguration", "jurisdictionProfiles", "sourceUrl", "maxRequestBytes", "clockSkewSeconds",
            "maxTokenLifetimeSeconds", "jwksCacheSeconds", "replayCacheSize", "observationMaxAgeDays",
            "stoppedOrderMaxAgeDays", "notCheckedActiveEntries", "auditStore", "auditFile",
            "missingInformationIndicator", "checklistUrl", "checklistLinkType");
    /** The default request limit: a realistic prefetch of years of history is several MB (docs/CDS-HOOKS.md). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    private static final Set<String> CLIENT_KEYS = Set.of("iss", "jku", "jwks", "fhirServers");
    private static final Set<String> POSTGRES_KEYS = Set.of("jdbcUrl", "username", "password", "passwordFile",
            "poolSize");
    private static final Set<String> SMART_KEYS = Set.of("iss", "clientId");

    public ServiceConfiguration {
        jurisdictionProfiles = List.copyOf(jurisdictionProfiles);
        clients = List.copyOf(clients);
        mappings = Map.copyOf(mappings);
        checklistIssuers = List.copyOf(checklistIssuers);
        apiClients = List.copyOf(apiClients);
    }

    /** Every default; no trusted client (so only the insecure development mode can run with it). */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads the configuration file. */
    public static ServiceConfiguration fromFile(Path file) {
        KeyValueFile values = KeyValueFile.read(file);
        Path dir = file.toAbsolutePath().getParent();
        Builder builder = builder();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, KeyValueFile.Entry>> clients = new LinkedHashMap<>();
        Map<String, KeyValueFile.Entry> postgres = new LinkedHashMap<>();
        String auditStore = "file";
        Map<String, Map<String, KeyValueFile.Entry>> smart = new LinkedHashMap<>();
        for (KeyValueFile.Entry entry : values.entries()) {
            String key = entry.key();
            String value = entry.value();
            try {
                if (key.startsWith("client.")) {
                    String[] parts = key.split("\\.");
                    if (parts.length != 3 || !CLIENT_KEYS.contains(parts[2]) || parts[1].isBlank()) {
                        throw new IllegalArgumentException("expected client.<name>.(iss|jku|jwks|fhirServers)");
                    }
                    clients.computeIfAbsent(parts[1], name -> new LinkedHashMap<>()).put(parts[2], entry);
                    continue;
                }
                if (key.startsWith("postgres.")) {
                    if (!POSTGRES_KEYS.contains(key.substring("postgres.".length()))) {
                        throw new IllegalArgumentException("expected postgres.(jdbcUrl|username|password|passwordFile"
                                + "|poolSize)");
                    }
                    postgres.put(key.substring("postgres.".length()), entry);
                    continue;
                }
                if (key.startsWith("smart.")) {
                    String[] parts = key.split("\\.");
                    if (parts.length != 3 || !SMART_KEYS.contains(parts[2]) || parts[1].isBlank()) {
                        throw new IllegalArgumentException("expected smart.<name>.(iss|clientId)");
                    }
                    smart.computeIfAbsent(parts[1], name -> new LinkedHashMap<>()).put(parts[2], entry);
                    continue;
                }
                if (key.startsWith("apiClient.")) {
                    String[] parts = key.split("\\.");
                    if (parts.length != 3 || !parts[2].equals("keySha256") || parts[1].isBlank()) {
                        throw new IllegalArgumentException("expected apiClient.<name>.keySha256");
                    }
                    builder.apiClient(new ApiClient(parts[1], value));
                    continue;
                }
                if (key.startsWith("mappings.")) {
                    String table = key.substring("mappings.".length());
                    if (!FhirMappings.TABLES.contains(table)) {
                        throw new IllegalArgumentException("unknown mapping table (known: "
                                + String.join(", ", FhirMappings.TABLES.stream().sorted().toList()) + ")");
                    }
                    builder.mappings.put(table, dir.resolve(value));
                    continue;
                }
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown setting (known: " + String.join(", ",
                            KEYS.stream().sorted().toList()) + ", client.<name>.*, mappings.<table>, postgres.*,"
                            + " smart.<name>.*, apiClient.<name>.keySha256)");
                }
                switch (key) {
                    case "baseUrl" -> builder.baseUrl(value);
                    case "host" -> builder.host(value);
                    case "jurisdiction" -> builder.jurisdiction(value);
                    case "timeZone" -> builder.timeZone(zone(value));
                    case "clinicConfiguration" -> builder.clinicConfiguration(dir.resolve(value));
                    case "jurisdictionProfiles" -> list(value).forEach(path -> builder.jurisdictionProfiles.add(dir.resolve(path)));
                    case "sourceUrl" -> builder.sourceUrl(value);
                    case "maxRequestBytes" -> builder.maxRequestBytes(number(value, 1024, 64L * 1024 * 1024));
                    case "clockSkewSeconds" -> builder.clockSkew(Duration.ofSeconds(number(value, 0, 300)));
                    case "maxTokenLifetimeSeconds" -> builder.maxTokenLifetime(Duration.ofSeconds(number(value, 1, 3600)));
                    case "jwksCacheSeconds" -> builder.jwksCacheTime(Duration.ofSeconds(number(value, 0, 86_400)));
                    case "replayCacheSize" -> builder.replayCacheSize((int) number(value, 1, 10_000_000));
                    case "observationMaxAgeDays" -> builder.observationMaxAgeDays((int) number(value, 0, 366));
                    case "stoppedOrderMaxAgeDays" -> builder.stoppedOrderMaxAgeDays((int) number(value, 190, 36_600));
                    case "notCheckedActiveEntries" -> builder.notCheckedIsPrecaution(switch (value) {
                        case "precaution" -> true;
                        case "list" -> false;
                        default -> throw new IllegalArgumentException("expected 'precaution' or 'list', was '"
                                + value + "'");
                    });
                    case "auditStore" -> {
                        if (!value.equals("file") && !value.equals("postgres")) {
                            throw new IllegalArgumentException("must be file or postgres, was '" + value + "'");
                        }
                        auditStore = value;
                    }
                    case "auditFile" -> builder.auditFile(dir.resolve(value));
                    case "missingInformationIndicator" -> builder.missingInformationIndicator(value);
                    case "checklistUrl" -> builder.checklistUrl(value);
                    case "checklistLinkType" -> builder.checklistLinkType(value);
                    default -> throw new IllegalStateException(key);
                }
            } catch (IllegalArgumentException e) {
                problems.add(values.problem(entry, e.getMessage()));
            }
        }
        clients.forEach((name, entries) -> {
            try {
                builder.client(client(name, entries, dir));
            } catch (IllegalArgumentException e) {
                problems.add(values.problem("client." + name + ": " + e.getMessage()));
            }
        });
        if (auditStore.equals("postgres")) {
            PostgresSettings settings = postgres(postgres, dir, values, problems);
            builder.postgres(settings);
        } else if (!postgres.isEmpty()) {
            KeyValueFile.Entry first = postgres.values().iterator().next();
            problems.add(values.problem(first, "set, but auditStore is not postgres"));
        }
        smart.forEach((name, entries) -> {
            try {
                builder.checklistIssuer(new SmartIssuer(name, value(entries.get("iss")), value(entries.get("clientId"))));
            } catch (IllegalArgumentException e) {
                problems.add(values.problem(e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return builder.build();
    }

    /** The store's settings, or {@code null} with the problems added. */
    private static PostgresSettings postgres(Map<String, KeyValueFile.Entry> entries, Path dir, KeyValueFile values,
                                             List<String> problems) {
        int before = problems.size();
        for (String required : List.of("jdbcUrl", "username")) {
            if (!entries.containsKey(required) || entries.get(required).value().isBlank()) {
                problems.add(values.problem("postgres." + required + ": required with auditStore = postgres"));
            }
        }
        String password = null;
        if (entries.containsKey("password") == entries.containsKey("passwordFile")) {
            problems.add(values.problem("postgres.password or postgres.passwordFile: exactly one is required with"
                    + " auditStore = postgres"));
        } else if (entries.containsKey("passwordFile")) {
            Path file = dir.resolve(entries.get("passwordFile").value());
            try {
                // A mounted secret often ends with a line break that is not part of the password.
                password = Files.readString(file).strip();
            } catch (IOException e) {
                problems.add(values.problem(entries.get("passwordFile"), file + ": cannot be read"));
            }
        } else {
            password = entries.get("password").value();
        }
        int poolSize = PostgresSettings.DEFAULT_POOL_SIZE;
        if (entries.containsKey("poolSize")) {
            try {
                poolSize = (int) number(entries.get("poolSize").value(), 1, 200);
            } catch (IllegalArgumentException e) {
                problems.add(values.problem(entries.get("poolSize"), e.getMessage()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new PostgresSettings(entries.get("jdbcUrl").value(), entries.get("username").value(), password,
                    poolSize);
        } catch (IllegalArgumentException e) {
            problems.add(values.problem(entries.get("jdbcUrl"), e.getMessage()));
            return null;
        }
    }

    private static TrustedClient client(String name, Map<String, KeyValueFile.Entry> entries, Path dir) {
        KeyValueFile.Entry iss = entries.get("iss");
        if (iss == null || iss.value().isBlank()) {
            throw new IllegalArgumentException("iss is required");
        }
        Set<String> jku = new LinkedHashSet<>();
        if (entries.containsKey("jku")) {
            for (String url : list(entries.get("jku").value())) {
                if (!Urls.secureOrLoopback(uri(url))) {
                    throw new IllegalArgumentException("jku " + url + ": must be an https URL");
                }
                jku.add(url);
            }
        }
        JWKSet keys = null;
        if (entries.containsKey("jwks")) {
            Path file = dir.resolve(entries.get("jwks").value());
            try {
                keys = JWKSet.load(file.toFile()).toPublicJWKSet();
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("jwks " + file + ": not a readable JWK Set: " + e.getMessage());
            }
        }
        List<String> servers = new ArrayList<>();
        if (entries.containsKey("fhirServers")) {
            for (String url : list(entries.get("fhirServers").value())) {
                if (!Urls.secureOrLoopback(uri(url))) {
                    throw new IllegalArgumentException("fhirServers " + url + ": must be an https URL");
                }
                servers.add(stripSlash(url));
            }
        }
        return new TrustedClient(name, iss.value(), jku, keys, servers);
    }

    private static String value(KeyValueFile.Entry entry) {
        return entry == null || entry.value().isBlank() ? null : entry.value();
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static long number(String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone id (e.g. America/Denver): '" + value + "'");
        }
    }

    static URI uri(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute URL: '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + value + "'");
        }
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Builds a configuration; every setting has a default except the base URL and the trusted clients. */
    public static final class Builder {
        private URI baseUrl;
        private String host = "0.0.0.0";
        private String jurisdiction = "DEFAULT";
        private ZoneId timeZone = ZoneId.systemDefault();
        private Path clinicConfiguration;
        private final List<Path> jurisdictionProfiles = new ArrayList<>();
        private String sourceUrl;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration maxTokenLifetime = Duration.ofMinutes(5);
        private Duration jwksCacheTime = Duration.ofMinutes(5);
        private int replayCacheSize = 100_000;
        private int observationMaxAgeDays = 7;
        private int stoppedOrderMaxAgeDays = FhirCaseMapper.DEFAULT_STOPPED_ORDER_MAX_AGE_DAYS;
        private boolean notCheckedIsPrecaution = true;
        private final List<TrustedClient> clients = new ArrayList<>();
        private final Map<String, Path> mappings = new LinkedHashMap<>();
        private PostgresSettings postgres;
        private final List<SmartIssuer> checklistIssuers = new ArrayList<>();
        private Path auditFile;
        private boolean missingInformationCritical;
        private String checklistUrl;
        private String checklistLinkType = "absolute";
        private final List<ApiClient> apiClients = new ArrayList<>();

        private Builder() {
        }

        public Builder baseUrl(String url) {
            URI uri = uri(stripSlash(url));
            if (!Urls.secureOrLoopback(uri) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUrl must be an https URL without query or fragment (plain"
                        + " http only for localhost), was '" + url + "'");
            }
            this.baseUrl = uri;
            return this;
        }

        public Builder host(String host) { this.host = host; return this; }
        public Builder jurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; return this; }
        public Builder timeZone(ZoneId zone) { this.timeZone = zone; return this; }
        public Builder clinicConfiguration(Path file) { this.clinicConfiguration = file; return this; }

        public Builder sourceUrl(String url) {
            URI uri = uri(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("sourceUrl must be an http(s) URL, was '" + url + "'");
            }
            this.sourceUrl = url;
            return this;
        }

        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        public Builder clockSkew(Duration skew) { this.clockSkew = skew; return this; }
        public Builder maxTokenLifetime(Duration lifetime) { this.maxTokenLifetime = lifetime; return this; }
        public Builder jwksCacheTime(Duration time) { this.jwksCacheTime = time; return this; }
        public Builder replayCacheSize(int size) { this.replayCacheSize = size; return this; }
        public Builder observationMaxAgeDays(int days) { this.observationMaxAgeDays = days; return this; }
        public Builder stoppedOrderMaxAgeDays(int days) { this.stoppedOrderMaxAgeDays = days; return this; }
        public Builder notCheckedIsPrecaution(boolean on) { this.notCheckedIsPrecaution = on; return this; }
        public Builder client(TrustedClient client) { this.clients.add(client); return this; }
        /** The shared PostgreSQL store for several replicas; {@code null} (the default) keeps the file sink. */
        public Builder postgres(PostgresSettings settings) { this.postgres = settings; return this; }

        public Builder checklistIssuer(SmartIssuer issuer) { this.checklistIssuers.add(issuer); return this; }

        public Builder auditFile(Path file) { this.auditFile = file; return this; }

        /** {@code warning} (the default) or {@code critical}: a card that only asks for information. */
        public Builder missingInformationIndicator(String indicator) {
            if (!indicator.equals("warning") && !indicator.equals("critical")) {
                throw new IllegalArgumentException("must be 'warning' or 'critical', was '" + indicator + "'");
            }
            this.missingInformationCritical = indicator.equals("critical");
            return this;
        }

        public Builder checklistUrl(String url) {
            URI uri = uri(url);
            if (!Urls.secureOrLoopback(uri)) {
                throw new IllegalArgumentException("checklistUrl must be an https URL, was '" + url + "'");
            }
            this.checklistUrl = url;
            return this;
        }

        /** {@code absolute} (the default: a web page) or {@code smart} (a SMART app the EHR launches). */
        public Builder checklistLinkType(String type) {
            if (!type.equals("absolute") && !type.equals("smart")) {
                throw new IllegalArgumentException("must be 'absolute' or 'smart', was '" + type + "'");
            }
            this.checklistLinkType = type;
            return this;
        }

        public Builder apiClient(ApiClient client) { this.apiClients.add(client); return this; }

        public ServiceConfiguration build() {
            return new ServiceConfiguration(baseUrl, host, jurisdiction, timeZone, clinicConfiguration,
                    jurisdictionProfiles, sourceUrl, maxRequestBytes, clockSkew, maxTokenLifetime, jwksCacheTime,
                    replayCacheSize, observationMaxAgeDays, stoppedOrderMaxAgeDays, notCheckedIsPrecaution, clients,
                    mappings, postgres, checklistIssuers, auditFile, missingInformationCritical, checklistUrl,
                    checklistLinkType, apiClients);
        }
    }
}
