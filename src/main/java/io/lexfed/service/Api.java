package io.lexfed.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexfed.LexFed;
import io.lexfed.analysis.ArgumentMap;
import io.lexfed.analysis.DecidingFact;
import io.lexfed.analysis.FactChange;
import io.lexfed.analysis.WhatIf;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.json.LexFedJson;
import io.lexfed.registry.Authority;
import io.lexfed.report.Report;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The routes of the decision service, free of the HTTP server so that each answer is a plain
 * function of method, path and body. Every failure is an RFC 9457 {@link Problem}; bad scenarios
 * carry the JSON path and message of {@link InvalidScenarioException}.
 */
final class Api {
    /** A scenario is a few kilobytes; a larger body is refused before it is parsed. */
    static final int MAX_REQUEST_BYTES = 1 << 20;
    /** How much of an oversized body is read and discarded so that its sender can read the refusal. */
    static final long DRAIN_LIMIT = 16L << 20;
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    // as many variants as the CLI's explain examines: enough for the full search of every documented example
    private static final int FLIP_BOUND = 20_000;
    private static final Map<String, String> STATIC = Map.of("/", "index.html", "/index.html", "index.html",
            "/app.js", "app.js", "/app.css", "app.css", "/v1/openapi.json", "openapi.json");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", JSON_TYPE);
    private static final List<String> POSTS = List.of("/v1/determinations", "/v1/explain", "/v1/next-question", "/v1/what-if");
    private static final List<String> GETS = List.of("/v1/health", "/v1/ready", "/v1/authorities", "/metrics");
    static final String POST_ALLOW = "POST, OPTIONS";
    static final String GET_ALLOW = "GET, HEAD, OPTIONS";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Api.class);

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)).build();
    private final LexFed engine;
    private final byte[] authorities;
    private final Consumer<Outcome> outcomes;
    private final Readiness readiness;
    private final Supplier<String> metrics;

    /**
     * @param outcomes told the outcome of every determination the API makes (for the metrics)
     * @param metrics the Prometheus text of {@code GET /metrics}, or null to serve none there
     */
    Api(LexFed engine, Consumer<Outcome> outcomes, Readiness readiness, Supplier<String> metrics) {
        this.engine = engine;
        this.outcomes = outcomes;
        this.readiness = readiness;
        this.metrics = metrics;
        this.authorities = bytes(LexFed.authorities().stream().sorted(Comparator.comparing(Authority::id)).toList());
    }

    /** Whether the service can answer evaluations yet, and if not, why. */
    interface Readiness {
        /** Null once ready; otherwise what is still missing, for the 503's detail. */
        String notReadyBecause();
    }

    /** An HTTP answer, with any headers beyond the content type (Allow, Retry-After). */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }

        static Reply of(Problem p) {
            return new Reply(p.status(), Problem.CONTENT_TYPE, p.json(),
                    p.kind() == Problem.Kind.OVERLOADED || p.kind() == Problem.Kind.NOT_READY ? Map.of("Retry-After", "5") : Map.of());
        }
    }

    /** Thrown for a request the service refuses; becomes its problem detail. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Refusal(Problem.Kind kind, String path, String detail) {
            super(detail);
            this.problem = new Problem(kind, detail, path, null);
        }
    }

    /** The methods a path answers, as an {@code Allow} header; null for a path the service does not have. */
    static String allowed(String path) {
        return POSTS.contains(path) ? POST_ALLOW : GETS.contains(path) || STATIC.containsKey(path) ? GET_ALLOW : null;
    }

    /** The path as a metrics label: itself when the service has it, else "other" (so that probes cannot grow the label set). */
    static String route(String path) {
        return allowed(path) == null ? "other" : path;
    }

    /**
     * Answers one request; {@code path} is relative to where the API is mounted, {@code instance} the
     * request's full path for the problem details.
     */
    Reply handle(String method, String path, String instance, String contentType, InputStream body, long declaredLength) {
        String allowed = allowed(path);
        try {
            if (allowed == null) {
                throw new Refusal(Problem.Kind.NOT_FOUND, null, "no such resource: " + path + "; see GET /v1/openapi.json");
            }
            if (method.equals("OPTIONS")) {
                return new Reply(204, null, new byte[0], Map.of("Allow", allowed));
            }
            if (allowed.equals(POST_ALLOW)) {
                requireMethod(method, "POST", allowed);
                byte[] text = body(contentType, body, declaredLength);
                return ok(path.equals("/v1/what-if") ? whatIf(text) : post(path, scenario(text)));
            }
            requireMethod(method, "GET", allowed);
            switch (path) {
                case "/v1/health":
                    return ok(bytes(Map.of("status", "UP", "version", LexFed.version(), "rulesFingerprint", LexFed.rulesFingerprint(),
                            "schemaVersion", Determination.SCHEMA_VERSION)));
                case "/v1/ready": {
                    String missing = readiness.notReadyBecause();
                    if (missing != null) {
                        throw new Refusal(Problem.Kind.NOT_READY, null, missing);
                    }
                    return ok(bytes(json.createObjectNode().put("status", "READY").put("rulesFingerprint", LexFed.rulesFingerprint())));
                }
                case "/v1/authorities":
                    return ok(authorities);
                case "/metrics":
                    if (metrics == null) {
                        throw new Refusal(Problem.Kind.NOT_FOUND, null, "no metrics here: the host application was given a registry that is not Prometheus");
                    }
                    return new Reply(200, METRICS_TYPE, metrics.get().getBytes(StandardCharsets.UTF_8));
                default:
                    String file = STATIC.get(path);
                    return new Reply(200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), resource(file));
            }
        } catch (Refusal r) {
            Reply e = Reply.of(r.problem.at(instance));
            if (r.problem.kind() != Problem.Kind.METHOD_NOT_ALLOWED) {
                return e;
            }
            Map<String, String> headers = new java.util.HashMap<>(e.headers());
            headers.put("Allow", allowed);
            return new Reply(e.status(), e.contentType(), e.body(), Map.copyOf(headers));
        } catch (InvalidScenarioException e) {
            return Reply.of(new Problem(Problem.Kind.BAD_INPUT, e.problem(), "$" + (e.path().isEmpty() ? "" : "." + e.path()), instance));
        } catch (RuntimeException e) {
            LOG.error("internal error answering {} {}", method, path, e);
            return Reply.of(new Problem(Problem.Kind.INTERNAL, "internal error; the service log has the details", null, instance));
        }
    }

    /**
     * {@code POST /v1/what-if}: {@code {"scenario": {...}, "changes": [{"path", "value"}]}}, answered as
     * {@code lexfed whatif --format json} answers.
     */
    private byte[] whatIf(byte[] text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidScenarioException("", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException("", "expected an object with \"scenario\" and \"changes\"");
        }
        for (java.util.Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("scenario") && !name.equals("changes")) {
                throw new InvalidScenarioException(name, "unknown field; expected \"scenario\" and \"changes\"");
            }
        }
        JsonNode scenario = root.path("scenario");
        if (!scenario.isObject()) {
            throw new InvalidScenarioException("scenario", "expected the scenario, a JSON object");
        }
        JsonNode list = root.path("changes");
        if (!list.isArray()) {
            throw new InvalidScenarioException("changes", "expected an array of {\"path\", \"value\"} changes");
        }
        List<FactChange> changes = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            changes.add(change(list.get(i), "changes[" + i + "]"));
        }
        Scenario s;
        try {
            s = LexFedJson.readScenario(scenario.toString());
        } catch (InvalidScenarioException e) {
            throw e.under("scenario");
        }
        WhatIf w;
        try {
            w = engine.whatIf(s, changes.toArray(FactChange[]::new));
        } catch (InvalidScenarioException e) {
            int i = changes.stream().map(FactChange::path).toList().indexOf(e.path());
            throw i >= 0 ? new InvalidScenarioException("changes[" + i + "]", e.getMessage().substring(2))
                    : new InvalidScenarioException("changes", "the scenario after the changes is not valid: " + e.getMessage());
        }
        outcomes.accept(w.before().outcome());
        outcomes.accept(w.after().outcome());
        ObjectNode o = json.createObjectNode();
        o.set("changes", json.valueToTree(w.changes()));
        o.put("outcomeBefore", w.outcomeBefore().name()).put("outcomeAfter", w.outcomeAfter().name());
        o.set("reasonsGained", json.valueToTree(w.reasonsGained()));
        o.set("reasonsLost", json.valueToTree(w.reasonsLost()));
        o.set("citationsGained", json.valueToTree(w.citationsGained()));
        o.set("citationsLost", json.valueToTree(w.citationsLost()));
        o.set("before", tree(w.before()));
        o.set("after", tree(w.after()));
        return bytes(o);
    }

    private static FactChange change(JsonNode c, String at) {
        if (!c.isObject()) {
            throw new InvalidScenarioException(at, "expected {\"path\": \"federalAction.warrant\", \"value\": \"JUDICIAL\"}");
        }
        for (java.util.Iterator<String> names = c.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("path") && !name.equals("value")) {
                throw new InvalidScenarioException(at + "." + name, "unknown field; a change has \"path\" and \"value\"");
            }
        }
        JsonNode path = c.path("path");
        JsonNode value = c.path("value");
        if (!path.isTextual() || path.asText().isBlank()) {
            throw new InvalidScenarioException(at + ".path", "expected the fact's JSON path as a string, e.g. federalAction.warrant");
        }
        if (!(value.isTextual() || value.isIntegralNumber()) || value.asText().isBlank()) {
            throw new InvalidScenarioException(at + ".value", "expected the fact's new value: a name such as JUDICIAL or YES, or a whole number");
        }
        return new FactChange(path.asText(), value.asText());
    }

    private byte[] post(String path, Scenario s) {
        switch (path) {
            case "/v1/determinations": {
                Determination d = engine.evaluate(s);
                outcomes.accept(d.outcome());
                return LexFedJson.write(d).getBytes(StandardCharsets.UTF_8);
            }
            case "/v1/explain": {
                Determination d = engine.evaluate(s);
                outcomes.accept(d.outcome());
                List<DecidingFact> facts = engine.decidingFacts(s);
                ObjectNode o = json.createObjectNode();
                o.put("report", Report.explain(d, facts, engine.minimalFlips(s, FLIP_BOUND), true));
                o.set("decidingFacts", json.valueToTree(facts));
                o.set("determination", tree(d));
                return bytes(o);
            }
            default: {
                List<DecidingFact> questions = engine.nextQuestions(s);
                Determination d = engine.evaluate(s);
                outcomes.accept(d.outcome());
                ArgumentMap map = ArgumentMap.of(d);
                ObjectNode o = json.createObjectNode();
                o.put("outcome", d.outcome().name());
                o.set("questions", json.valueToTree(questions));
                o.set("determination", tree(d));
                o.set("argumentMap", json.valueToTree(map));
                o.put("mermaid", map.toMermaid());
                return bytes(o);
            }
        }
    }

    /**
     * Whether a Content-Type is JSON in UTF-8: the media type exactly {@code application/json} (not a
     * longer type that merely starts so), and a charset, if declared, of UTF-8.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(java.util.Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=") && !p.substring("charset=".length()).replace("\"", "").strip().equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    // the detail names every method the Allow header does, so the two never disagree
    private static void requireMethod(String actual, String expected, String allowed) {
        // HEAD is GET without the body (Jetty sends no body for it)
        if (!actual.equals(expected) && !(actual.equals("HEAD") && expected.equals("GET"))) {
            throw new Refusal(Problem.Kind.METHOD_NOT_ALLOWED, null, "method " + actual + " not allowed here; allowed: " + allowed);
        }
    }

    /** The request body as UTF-8 JSON text, within the size limit. */
    private static byte[] body(String contentType, InputStream body, long declaredLength) {
        if (!isJson(contentType)) {
            throw new Refusal(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, null, "send the body as application/json (UTF-8), not "
                    + (contentType == null ? "without a Content-Type" : contentType));
        }
        if (declaredLength > MAX_REQUEST_BYTES) {
            throw tooLarge(body);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
        } catch (IOException e) {
            boolean late = e instanceof java.io.InterruptedIOException || e.getCause() instanceof java.util.concurrent.TimeoutException;
            throw new Refusal(late ? Problem.Kind.TIMEOUT : Problem.Kind.BAD_INPUT, null, late ? "the request body did not arrive in time" : "cannot read the request body: the connection failed");
        }
        if (bytes.length > MAX_REQUEST_BYTES) {
            throw tooLarge(body);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(Problem.Kind.BAD_INPUT, "$", "not UTF-8 text; expected a JSON object");
        }
        if (text.isBlank()) {
            throw new Refusal(Problem.Kind.BAD_INPUT, "$", "empty body; expected a JSON object");
        }
        return bytes;
    }

    private static Scenario scenario(byte[] text) {
        return LexFedJson.readScenario(new String(text, StandardCharsets.UTF_8));
    }

    /**
     * The refusal of an oversized body, after reading and discarding what is left of it up to
     * {@link #DRAIN_LIMIT}: a server that answers and closes while the client is still sending resets
     * the connection, and the client sees a broken pipe instead of the 413. Bodies beyond the limit
     * are not worth reading; their senders may get the reset.
     */
    private static Refusal tooLarge(InputStream body) {
        try {
            long left = DRAIN_LIMIT;
            byte[] sink = new byte[8192];
            for (int n; left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the client has gone; the refusal stands
        }
        return new Refusal(Problem.Kind.TOO_LARGE, null, "request body is over " + MAX_REQUEST_BYTES + " bytes; a scenario is a small JSON object");
    }

    private static Reply ok(byte[] body) {
        return new Reply(200, JSON_TYPE, body);
    }

    private JsonNode tree(Determination d) {
        try {
            return json.readTree(LexFedJson.write(d));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/lexfed/service/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
