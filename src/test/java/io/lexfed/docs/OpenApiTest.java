package io.lexfed.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.lexfed.LexFed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.json} is generated from the JSON Schemas of {@code docs/schema/}: their
 * {@code $defs} become the components, their references are rewritten to point there, and the
 * envelopes of the service's answers are added. Regenerate with {@code -Dlexfed.regenerate=true}.
 */
class OpenApiTest {
    static final Path OPENAPI = Path.of("docs/openapi.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static final java.util.Set<String> ROOTS = java.util.Set.of("Scenario", "Determination");

    static ObjectNode openApi() throws IOException {
        ObjectNode api = JSON.createObjectNode();
        api.put("openapi", "3.1.0");
        ObjectNode info = api.putObject("info");
        info.put("title", "LexFed decision service");
        info.put("version", LexFed.version().replace("-SNAPSHOT", ""));
        info.put("description", "Cited, explained determinations of what state and local actors may lawfully do when federal "
                + "immigration agents act. Every error is RFC 9457 problem details (application/problem+json) with a stable kind and, "
                + "for a bad scenario, the JSON path at fault; bodies over 1 MiB are refused with 413. OPTIONS on any path answers 204 "
                + "with Allow (and, for an allowed origin, the CORS headers). Not legal advice.");
        api.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        ObjectNode schemas = JSON.createObjectNode();
        addRoot(schemas, "Scenario", Files.readString(SchemaTest.SCENARIO));
        addRoot(schemas, "Determination", Files.readString(SchemaTest.DETERMINATION));
        envelopes().fields().forEachRemaining(e -> schemas.set(e.getKey(), e.getValue()));
        ObjectNode paths = api.putObject("paths");
        post(paths, "/v1/determinations", "evaluate", "Evaluate a scenario", "Scenario", "Determination");
        post(paths, "/v1/explain", "explain", "The report a lawyer reads, with the deciding facts", "Scenario", "Explanation");
        post(paths, "/v1/next-question", "nextQuestion", "The next questions to ask while the outcome is CONDITIONAL, best first (lexfed next)",
                "Scenario", "NextQuestions");
        post(paths, "/v1/what-if", "whatIf", "A scenario before and after fact changes, and the difference (lexfed whatif)", "WhatIfRequest", "WhatIf");
        get(paths, "/v1/authorities", "listAuthorities", "The authorities registry", JSON_TYPE, JSON.createObjectNode().put("type", "array")
                .set("items", ref("Authority")));
        get(paths, "/v1/health", "health", "Liveness, with the versions that answer", JSON_TYPE, ref("Health"));
        head(paths, "/v1/health", "healthHead", "Liveness, headers only");
        ObjectNode ready = get(paths, "/v1/ready", "ready", "Readiness: 200 once a first evaluation has worked, 503 until then", JSON_TYPE, ref("Ready"));
        problem(ready, "503", "Not ready yet: the rule network is still being built (Retry-After says when to ask again)");
        ((ObjectNode) head(paths, "/v1/ready", "readyHead", "Readiness, headers only").get("responses")).putObject("503")
                .put("description", "Not ready yet, without a body");
        get(paths, "/v1/openapi.json", "openApi", "This document", JSON_TYPE, JSON.createObjectNode().put("type", "object"));
        ObjectNode metrics = get(paths, "/metrics", "metrics", "Prometheus metrics: requests by method, route and status with their latency "
                + "(lexfed_http_requests_seconds), determinations by outcome (lexfed_determinations_total), the JVM's", "text/plain",
                JSON.createObjectNode().put("type", "string"));
        problem(metrics, "404", "No Prometheus registry here (a host application's own registry is exported its own way)");
        api.putObject("components").set("schemas", sorted(schemas));
        return api;
    }

    /** Hoists a schema's $defs into the components and rewrites its references to them. */
    private static void addRoot(ObjectNode schemas, String name, String text) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(text);
        ObjectNode defs = (ObjectNode) root.remove("$defs");
        root.remove("$schema");
        root.remove("$id");
        rewrite(root);
        rewrite(defs);
        schemas.set(name, root);
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> d = it.next();
            if (ROOTS.contains(d.getKey())) {
                continue; // a record's bare $def; the component of that name is the root schema, with its title and required fields
            }
            JsonNode before = schemas.get(d.getKey());
            assertThat(before == null || before.equals(d.getValue())).as("the two schemas define %s alike", d.getKey()).isTrue();
            schemas.set(d.getKey(), d.getValue());
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode r = o.get("$ref");
            if (r != null && r.isTextual()) {
                String target = r.asText().equals("https://lexfed.io/schema/scenario.schema.json") ? "#/components/schemas/Scenario"
                        : r.asText().replace("#/$defs/", "#/components/schemas/");
                o.set("$ref", TextNode.valueOf(target));
            }
            o.elements().forEachRemaining(OpenApiTest::rewrite);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(OpenApiTest::rewrite);
        }
    }

    private static ObjectNode envelopes() throws IOException {
        return (ObjectNode) JSON.readTree("""
                {
                  "Problem": {"type": "object", "description": "RFC 9457 problem details",
                    "required": ["type", "title", "status", "detail", "kind"], "properties": {
                      "type": {"type": "string", "format": "uri", "description": "https://lexfed.io/problems/ and the kind in lower case with hyphens"},
                      "title": {"type": "string", "description": "the same for every problem of a kind"},
                      "status": {"type": "integer", "minimum": 400, "maximum": 599},
                      "detail": {"type": "string", "description": "what was wrong with this request"},
                      "instance": {"type": "string", "description": "the path of the request"},
                      "kind": {"type": "string", "enum": ["BAD_INPUT", "NOT_FOUND", "METHOD_NOT_ALLOWED", "TIMEOUT", "TOO_LARGE", "URI_TOO_LONG",
                        "UNSUPPORTED_MEDIA_TYPE", "HEADERS_TOO_LARGE", "INTERNAL", "OVERLOADED", "NOT_READY"]},
                      "path": {"type": "string", "description": "JSON path of the offending field, e.g. $.federalAction.warrant"}}},
                  "FactChange": {"type": "object", "required": ["path", "value"], "additionalProperties": false, "properties": {
                    "path": {"type": "string", "description": "JSON path of the fact, e.g. federalAction.warrant"},
                    "value": {"type": ["string", "integer"], "description": "its new value, e.g. JUDICIAL, YES or 72"}}},
                  "WhatIfRequest": {"type": "object", "required": ["scenario", "changes"], "additionalProperties": false, "properties": {
                    "scenario": {"$ref": "#/components/schemas/Scenario"},
                    "changes": {"type": "array", "items": {"$ref": "#/components/schemas/FactChange"}}}},
                  "WhatIf": {"type": "object", "required": ["changes", "outcomeBefore", "outcomeAfter", "reasonsGained", "reasonsLost",
                    "citationsGained", "citationsLost", "before", "after"], "properties": {
                    "changes": {"type": "array", "items": {"$ref": "#/components/schemas/FactChange"}},
                    "outcomeBefore": {"$ref": "#/components/schemas/Outcome"}, "outcomeAfter": {"$ref": "#/components/schemas/Outcome"},
                    "reasonsGained": {"type": "array", "items": {"type": "string"}, "description": "rule ids"},
                    "reasonsLost": {"type": "array", "items": {"type": "string"}, "description": "rule ids"},
                    "citationsGained": {"type": "array", "items": {"type": "string"}, "description": "authority ids"},
                    "citationsLost": {"type": "array", "items": {"type": "string"}, "description": "authority ids"},
                    "before": {"$ref": "#/components/schemas/Determination"}, "after": {"$ref": "#/components/schemas/Determination"}}},
                  "Ready": {"type": "object", "required": ["status", "rulesFingerprint"],
                    "properties": {"status": {"const": "READY"}, "rulesFingerprint": {"type": "string"}}},
                  "Alternative": {"type": "object", "properties": {"value": {"type": "string"},
                    "outcome": {"$ref": "#/components/schemas/Outcome"}}},
                  "DecidingFact": {"type": "object", "properties": {
                    "fact": {"type": "string", "description": "JSON path of the unknown fact in the scenario"},
                    "question": {"type": "string"}, "doctrines": {"type": "array", "items": {"type": "string"}},
                    "alternatives": {"type": "array", "items": {"$ref": "#/components/schemas/Alternative"}},
                    "narrowing": {"type": "number", "minimum": 0, "maximum": 1}}},
                  "Explanation": {"type": "object", "required": ["report", "decidingFacts", "determination"], "properties": {
                    "report": {"type": "string", "description": "Markdown report: the determination, the deciding facts, the smallest changes that flip it"},
                    "decidingFacts": {"type": "array", "items": {"$ref": "#/components/schemas/DecidingFact"}},
                    "determination": {"$ref": "#/components/schemas/Determination"}}},
                  "ArgumentMap": {"type": "object", "properties": {
                    "nodes": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"},
                      "kind": {"type": "string", "enum": ["FACT", "PREDICATE", "CONCLUSION", "OVERRIDDEN", "OUTCOME"]}, "label": {"type": "string"}}}},
                    "edges": {"type": "array", "items": {"type": "object", "properties": {"from": {"type": "string"},
                      "to": {"type": "string"}, "label": {"type": "string"}, "displacement": {"type": "boolean"}}}}}},
                  "NextQuestions": {"type": "object", "required": ["outcome", "questions", "determination", "argumentMap", "mermaid"], "properties": {
                    "outcome": {"$ref": "#/components/schemas/Outcome"},
                    "questions": {"type": "array", "description": "empty once the outcome is settled",
                      "items": {"$ref": "#/components/schemas/DecidingFact"}},
                    "determination": {"$ref": "#/components/schemas/Determination"},
                    "argumentMap": {"$ref": "#/components/schemas/ArgumentMap"},
                    "mermaid": {"type": "string"}}},
                  "Authority": {"type": "object", "required": ["id", "citation"], "properties": {
                    "id": {"type": "string"}, "citation": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string"},
                    "rank": {"type": "string"}, "jurisdiction": {"type": "string"}, "date": {"type": "string", "format": "date"},
                    "url": {"type": "string"}, "inForceFrom": {"type": "string", "format": "date"},
                    "inForceUntil": {"type": "string", "format": "date"}, "holding": {"type": "string"}, "verified": {"type": "string"},
                    "status": {"type": "string"}, "note": {"type": "string"}}},
                  "Health": {"type": "object", "required": ["status", "version", "rulesFingerprint", "schemaVersion"],
                    "properties": {"status": {"const": "UP"}, "version": {"type": "string"},
                    "rulesFingerprint": {"type": "string"}, "schemaVersion": {"type": "string"}}}
                }
                """);
    }

    static final String JSON_TYPE = "application/json";
    static final String PROBLEM_TYPE = "application/problem+json";

    private static void post(ObjectNode paths, String path, String id, String summary, String request, String answer) {
        ObjectNode op = paths.putObject(path).putObject("post");
        op.put("operationId", id);
        op.put("summary", summary);
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.putObject("content").putObject(JSON_TYPE).set("schema", ref(request));
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "OK").putObject("content").putObject(JSON_TYPE).set("schema", ref(answer));
        for (String[] e : new String[][] {{"400", "The body is malformed or contradicts itself (path names the field)"}, {"405", "Not POST"},
                {"408", "The body did not arrive in time"}, {"413", "The body is over 1 MiB"}, {"415", "The body is not application/json in UTF-8"},
                {"500", "Internal error"}, {"503", "The service is busy (Retry-After says when to try again)"}}) {
            problem(op, e[0], e[1]);
        }
    }

    private static ObjectNode get(ObjectNode paths, String path, String id, String summary, String mediaType, JsonNode schema) {
        ObjectNode op = item(paths, path).putObject("get");
        op.put("operationId", id);
        op.put("summary", summary);
        op.putObject("responses").putObject("200").put("description", "OK").putObject("content").putObject(mediaType).set("schema", schema);
        problem(op, "405", "Not GET or HEAD");
        problem(op, "500", "Internal error");
        return op;
    }

    private static ObjectNode head(ObjectNode paths, String path, String id, String summary) {
        ObjectNode op = item(paths, path).putObject("head");
        op.put("operationId", id);
        op.put("summary", summary);
        op.putObject("responses").putObject("200").put("description", "OK, without a body");
        return op;
    }

    private static ObjectNode item(ObjectNode paths, String path) {
        return paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    }

    private static void problem(ObjectNode op, String status, String description) {
        ((ObjectNode) op.path("responses")).putObject(status).put("description", description).putObject("content").putObject(PROBLEM_TYPE)
                .set("schema", ref("Problem"));
    }

    private static ObjectNode ref(String name) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode sorted(ObjectNode o) {
        ObjectNode s = JSON.createObjectNode();
        o.properties().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.set(e.getKey(), e.getValue()));
        return s;
    }

    @Test
    void theOpenApiDocumentIsGeneratedFromTheJsonSchemas() throws IOException {
        String generated = SchemaGenerator.pretty(openApi());
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.writeString(OPENAPI, generated);
        }
        assertThat(Files.readString(OPENAPI)).as("docs/openapi.json is stale; regenerate with -Dlexfed.regenerate=true").isEqualTo(generated);
    }

    @Test
    void everyReferenceResolvesToAComponent() throws IOException {
        ObjectNode api = openApi();
        JsonNode schemas = api.get("components").get("schemas");
        api.findValues("$ref").forEach(r -> assertThat(schemas.has(r.asText().replace("#/components/schemas/", "")))
                .as("reference %s", r.asText()).isTrue());
    }
}
