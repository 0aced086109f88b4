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
import io.lexfed.determination.Determination;
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
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The routes of the decision service, free of the HTTP server so that each answer is a plain
 * function of method, path and body. Every failure is a JSON {@code error} object; bad scenarios
 * carry the JSON path and message of {@link InvalidScenarioException}.
 */
final class Api {
    /** A scenario is a few kilobytes; a larger body is refused before it is parsed. */
    static final int MAX_REQUEST_BYTES = 1 << 20;
    /** How much of an oversized body is read and discarded so that its sender can read the refusal. */
    static final long DRAIN_LIMIT = 16L << 20;
    static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Duration FLIP_BOUND = Duration.ofSeconds(2);
    private static final Map<String, String> STATIC = Map.of("/", "index.html", "/index.html", "index.html",
            "/app.js", "app.js", "/app.css", "app.css", "/v1/openapi.json", "openapi.json");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", JSON_TYPE);
    private static final List<String> POSTS = List.of("/v1/determinations", "/v1/explain", "/v1/next-question");

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)).build();
    private final LexFed engine;
    private final byte[] authorities;

    Api(LexFed engine) {
        this.engine = engine;
        this.authorities = bytes(LexFed.authorities().stream().sorted(Comparator.comparing(Authority::id)).toList());
    }

    /** An HTTP answer, with any headers beyond the content type (Allow, the CORS headers). */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }
    }

    // a browser page on another origin may call the API: it is stateless and takes no credentials
    static final Map<String, String> CORS = Map.of("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Headers", "Content-Type", "Access-Control-Max-Age", "600");

    /** Thrown for a request the service refuses; becomes a JSON error with this status. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String path;

        Refusal(int status, String path, String message) {
            super(message);
            this.status = status;
            this.path = path;
        }
    }

    Reply handle(String method, String path, String contentType, InputStream body, long declaredLength) {
        String allowed = POSTS.contains(path) ? "POST, OPTIONS" : path.equals("/v1/health") || path.equals("/v1/authorities")
                || STATIC.containsKey(path) ? "GET, HEAD, OPTIONS" : null;
        if (allowed != null && method.equals("OPTIONS")) {
            // a CORS preflight, or a client asking what the resource allows
            Map<String, String> headers = new java.util.HashMap<>(CORS);
            headers.put("Allow", allowed);
            return new Reply(204, JSON_TYPE, new byte[0], Map.copyOf(headers));
        }
        try {
            if (POSTS.contains(path)) {
                requireMethod(method, "POST");
                return ok(post(path, scenario(contentType, body, declaredLength)));
            }
            if (path.equals("/v1/health")) {
                requireMethod(method, "GET");
                return ok(bytes(Map.of("status", "UP", "version", LexFed.version(), "rulesFingerprint", LexFed.rulesFingerprint(),
                        "schemaVersion", Determination.SCHEMA_VERSION)));
            }
            if (path.equals("/v1/authorities")) {
                requireMethod(method, "GET");
                return ok(authorities);
            }
            if (STATIC.containsKey(path)) {
                requireMethod(method, "GET");
                String file = STATIC.get(path);
                return new Reply(200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), resource(file));
            }
            throw new Refusal(404, null, "no such resource: " + path + "; see GET /v1/openapi.json");
        } catch (Refusal r) {
            Reply e = error(r.status, switch (r.status) {
                case 500 -> "INTERNAL";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                default -> "BAD_INPUT";
            }, r.path, r.getMessage());
            return r.status == 405 && allowed != null ? new Reply(e.status(), e.contentType(), e.body(), Map.of("Allow", allowed)) : e;
        } catch (InvalidScenarioException e) {
            return error(400, "BAD_INPUT", "$" + (e.path().isEmpty() ? "" : "." + e.path()), e.problem());
        } catch (RuntimeException e) {
            return error(500, "INTERNAL", null, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private byte[] post(String path, Scenario s) {
        switch (path) {
            case "/v1/determinations":
                return LexFedJson.write(engine.evaluate(s)).getBytes(StandardCharsets.UTF_8);
            case "/v1/explain": {
                Determination d = engine.evaluate(s);
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

    private static void requireMethod(String actual, String expected) {
        // HEAD is GET without the body (Jetty sends no body for it)
        if (!actual.equals(expected) && !(actual.equals("HEAD") && expected.equals("GET"))) {
            throw new Refusal(405, null, "method " + actual + " not allowed here; use " + expected);
        }
    }

    private static Scenario scenario(String contentType, InputStream body, long declaredLength) {
        if (!isJson(contentType)) {
            throw new Refusal(415, null, "send the scenario as application/json (UTF-8)");
        }
        if (declaredLength > MAX_REQUEST_BYTES) {
            throw tooLarge(body);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
        } catch (IOException e) {
            boolean late = e instanceof java.io.InterruptedIOException || e.getCause() instanceof java.util.concurrent.TimeoutException;
            throw new Refusal(late ? 408 : 400, null, late ? "the request body did not arrive in time" : "cannot read the request body: the connection failed");
        }
        if (bytes.length > MAX_REQUEST_BYTES) {
            throw tooLarge(body);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(400, "$", "not UTF-8 text; expected a JSON scenario object");
        }
        if (text.isBlank()) {
            throw new Refusal(400, "$", "empty body; expected a JSON scenario object");
        }
        return LexFedJson.readScenario(text);
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
        return new Refusal(413, null, "request body is over " + MAX_REQUEST_BYTES + " bytes; a scenario is a small JSON object");
    }

    private Reply error(int status, String kind, String path, String message) {
        ObjectNode e = json.createObjectNode();
        ObjectNode inner = e.putObject("error");
        inner.put("status", status);
        inner.put("kind", kind);
        if (path != null) {
            inner.put("path", path);
        }
        inner.put("message", message);
        return new Reply(status, JSON_TYPE, bytes(e));
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
