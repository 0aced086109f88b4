package io.lexfed.service;

import io.lexfed.determination.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The service's meters: every request timed by method, route and status (so counted too), and every
 * determination counted by outcome. Route and method are bounded label values, never raw input.
 */
final class Metrics {
    static final String REQUESTS = "lexfed.http.requests";
    static final String DETERMINATIONS = "lexfed.determinations";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH");
    // an evaluation takes about a millisecond, an explanation up to the flip search's two seconds, a queued one up to ten more
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    Metrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A Prometheus registry of the service's own, with the JVM's and the process's meters beside the service's. */
    static MeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** The text {@code GET /metrics} answers, or null when the registry is not Prometheus's (a host's own, say). */
    Supplier<String> scrape() {
        return registry instanceof PrometheusMeterRegistry p ? p::scrape : null;
    }

    void request(String method, String route, int status, long nanos) {
        Timer.builder(REQUESTS).description("HTTP requests to the decision service, by method, route and status")
                .tag("method", METHODS.contains(method) ? method : "other").tag("route", route).tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void determination(Outcome outcome) {
        Counter.builder(DETERMINATIONS).description("Determinations made by the decision service, by outcome")
                .tag("outcome", outcome.name()).register(registry).increment();
    }
}
