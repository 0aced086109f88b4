package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.event.EventRecordingLogger;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.SubstituteLogger;

/** What an operator sees of the service: its metrics, its access log and its CORS policy, each on a service of its own. */
class ServiceOperationsTest {
    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> send(DecisionService service, String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri().resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for what is recorded after the answer is sent (the request's completion), up to five seconds. */
    static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        T v = value.get();
        while (!done.test(v) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            v = value.get();
        }
        return v;
    }

    @Test
    void metricsCountRequestsByRouteAndStatusTimeThemAndCountOutcomes() throws Exception {
        try (DecisionService service = DecisionService.start("127.0.0.1", 0)) {
            String prohibited = Files.readString(DecisionServiceTest.PROHIBITED);
            for (int i = 0; i < 3; i++) {
                assertThat(send(service, "POST", "v1/determinations", prohibited, Map.of()).statusCode()).isEqualTo(200);
            }
            assertThat(send(service, "POST", "v1/determinations", "{\"actor\":\"MAYOR\"}", Map.of()).statusCode()).isEqualTo(400);
            assertThat(send(service, "GET", "no/such/thing", null, Map.of()).statusCode()).isEqualTo(404);
            String text = eventually(() -> {
                try {
                    return send(service, "GET", "metrics", null, Map.of()).body();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, t -> t.contains("route=\"other\",status=\"404\""));
            assertThat(text).contains("lexfed_http_requests_seconds_count{method=\"POST\",route=\"/v1/determinations\",status=\"200\"} 3")
                    .contains("lexfed_http_requests_seconds_count{method=\"POST\",route=\"/v1/determinations\",status=\"400\"} 1")
                    .contains("lexfed_http_requests_seconds_count{method=\"GET\",route=\"other\",status=\"404\"} 1")
                    // a latency histogram: cumulative buckets up to +Inf
                    .contains("lexfed_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/determinations\",status=\"200\",le=\"10.0\"} 3")
                    .contains("lexfed_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/determinations\",status=\"200\",le=\"+Inf\"} 3")
                    .contains("lexfed_determinations_total{outcome=\"PROHIBITED\"} 3.0")
                    .doesNotContain("no/such/thing")
                    .contains("jvm_memory_used_bytes");
            HttpResponse<String> r = send(service, "GET", "metrics", null, Map.of());
            assertThat(r.headers().firstValue("Content-Type")).hasValue(Api.METRICS_TYPE);
        }
    }

    @Test
    void aHostsOwnRegistryGetsTheMetersAndMetricsIsNotServed() throws Exception {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        try (DecisionService service = DecisionService.start("127.0.0.1", 0, DecisionHandler.builder().meterRegistry(registry).build())) {
            assertThat(send(service, "POST", "v1/next-question", Files.readString(DecisionServiceTest.CONDITIONAL), Map.of()).statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = send(service, "GET", "metrics", null, Map.of());
            assertThat(metrics.statusCode()).isEqualTo(404);
            assertThat(metrics.body()).contains("NOT_FOUND").contains("not Prometheus");
            double conditional = eventually(() -> registry.find(Metrics.DETERMINATIONS).tag("outcome", "CONDITIONAL").counters().stream()
                    .mapToDouble(io.micrometer.core.instrument.Counter::count).sum(), n -> n >= 1);
            assertThat(conditional).isEqualTo(1.0);
            assertThat(registry.find(Metrics.REQUESTS).tag("route", "/v1/next-question").tag("status", "200").timer()).isNotNull();
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequest() throws Exception {
        Queue<SubstituteLoggingEvent> events = new ConcurrentLinkedQueue<>();
        EventRecordingLogger log = new EventRecordingLogger(new SubstituteLogger(DecisionHandler.ACCESS_LOG, events, false), events);
        try (DecisionService service = DecisionService.start("127.0.0.1", 0, DecisionHandler.builder().accessLog(log).build())) {
            HttpResponse<String> health = send(service, "GET", "v1/health", null, Map.of());
            send(service, "POST", "v1/health", "{}", Map.of());
            List<String> lines = eventually(() -> events.stream().map(e -> MessageFormatter.basicArrayFormat(e.getMessage(), e.getArgumentArray())).toList(),
                    l -> l.size() >= 2);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).matches("GET /v1/health 200 \\d+ ms " + health.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
            assertThat(lines.get(1)).matches("POST /v1/health 405 \\d+ ms \\d+ bytes");
            assertThat(events).allMatch(e -> e.getLevel() == org.slf4j.event.Level.INFO);
        }
    }

    @Test
    void corsHeadersGoToTheConfiguredOriginsOnly() throws Exception {
        String app = "https://app.example.org";
        try (DecisionService service = DecisionService.start("127.0.0.1", 0, DecisionHandler.builder().allowedOrigins(List.of(app)).build())) {
            HttpResponse<String> preflight = send(service, "OPTIONS", "v1/what-if", null, Map.of("Origin", app, "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "content-type"));
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(app);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
            assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
            assertThat(preflight.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
            assertThat(preflight.headers().firstValue("Vary")).hasValue("Origin");

            HttpResponse<String> call = send(service, "POST", "v1/determinations", DecisionServiceTest.GOOD_BODY, Map.of("Origin", app));
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(app);
            HttpResponse<String> refused = send(service, "POST", "v1/determinations", "{}", Map.of("Origin", app));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as("the page may read why").hasValue(app);

            HttpResponse<String> other = send(service, "OPTIONS", "v1/what-if", null, Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
            assertThat(other.statusCode()).isEqualTo(204);
            assertThat(other.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(send(service, "GET", "v1/health", null, Map.of("Origin", "https://evil.example")).headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        try (DecisionService any = DecisionService.start("127.0.0.1", 0, DecisionHandler.builder().allowedOrigins(List.of("*")).build())) {
            assertThat(send(any, "GET", "v1/health", null, Map.of("Origin", "https://anywhere.example")).headers()
                    .firstValue("Access-Control-Allow-Origin")).hasValue("*");
        }
    }

    @Test
    void theDefaultOriginsComeFromTheSystemProperty() {
        String before = System.getProperty(DecisionHandler.ALLOWED_ORIGINS_PROPERTY);
        try {
            System.setProperty(DecisionHandler.ALLOWED_ORIGINS_PROPERTY, " https://a.example , https://b.example:8443,");
            assertThat(DecisionHandler.builder().build().allowedOrigins()).containsExactly("https://a.example", "https://b.example:8443");
            System.clearProperty(DecisionHandler.ALLOWED_ORIGINS_PROPERTY);
            assertThat(DecisionHandler.builder().build().allowedOrigins()).isEmpty();
        } finally {
            if (before != null) {
                System.setProperty(DecisionHandler.ALLOWED_ORIGINS_PROPERTY, before);
            }
        }
    }
}
