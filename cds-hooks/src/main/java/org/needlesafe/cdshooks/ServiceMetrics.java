package org.needlesafe.cdshooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.needlesafe.Decision;

/**
 * The service's Prometheus metrics (served at {@code /metrics}). Every label has a bounded set of values: endpoints
 * by their route template (never the raw path), decisions, store operations; nothing about a patient or a caller.
 */
final class ServiceMetrics {
    static final String UNMATCHED = "unmatched";
    /** Histogram buckets: a dozen, from the p50 of a call on loopback (about 2 ms) to a stuck request. */
    private static final Duration[] BUCKETS = Stream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);
    private static final Set<String> METHODS = Set.of("GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Set<String> endpoints;
    private final Map<RequestKind, Timer> requestTimers = new ConcurrentHashMap<>();

    ServiceMetrics(Set<String> endpoints) {
        this.endpoints = Set.copyOf(endpoints);
        for (Decision decision : Decision.values()) {
            assessments(decision.name());
        }
        for (StoreOperation operation : StoreOperation.values()) {
            storeErrors(operation);
        }
    }

    /** What the store was asked to do when it failed. */
    enum StoreOperation {
        AUDIT, TOKEN_CHECK;

        String label() {
            return name().toLowerCase();
        }
    }

    /** The rule pack this replica decides with, as an info metric (value 1). */
    void ruleset(String version, String hash) {
        Gauge.builder("needlesafe.ruleset.info", () -> 1)
                .description("The rule pack this replica decides with (always 1)")
                .tags("version", version, "hash", hash)
                .register(registry);
    }

    /**
     * @param endpoint the matched route template, e.g. {@code /cds-services/{id}}; anything else counts as
     *                 {@value #UNMATCHED}
     */
    void request(String method, String endpoint, int status, Duration time) {
        RequestKind kind = new RequestKind(METHODS.contains(method) ? method : "OTHER",
                endpoints.contains(endpoint) ? endpoint : UNMATCHED, status);
        requestTimers.computeIfAbsent(kind, this::requestTimer).record(time);
    }

    /**
     * Built once per kind: building a timer each time cost as much as the request's log line. The kinds are few, the
     * methods and endpoints being closed sets.
     */
    private Timer requestTimer(RequestKind kind) {
        return Timer.builder("needlesafe.http.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", kind.method(), "endpoint", kind.endpoint(), "status", Integer.toString(kind.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private record RequestKind(String method, String endpoint, int status) {
    }

    /** An assessment recorded in the audit trail (and so returned). */
    void assessed(String decision) {
        assessments(decision).increment();
    }

    void storeError(StoreOperation operation) {
        storeErrors(operation).increment();
    }

    String scrape() {
        return registry.scrape();
    }

    private Counter assessments(String decision) {
        return Counter.builder("needlesafe.assessments")
                .description("Assessments recorded and returned, by decision")
                .tag("decision", decision)
                .register(registry);
    }

    private Counter storeErrors(StoreOperation operation) {
        return Counter.builder("needlesafe.store.errors")
                .description("Audit records or token checks the store could not do (each refused the request)")
                .tag("operation", operation.label())
                .register(registry);
    }
}
