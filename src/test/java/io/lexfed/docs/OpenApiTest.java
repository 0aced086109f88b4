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
                + "immigration agents act. Every error is {\"error\":{status, kind, path, message}}; bodies over 1 MiB are refused "
                + "with 413. Not legal advice.");
        api.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        ObjectNode schemas = JSON.createObjectNode();
        addRoot(schemas, "Scenario", Files.readString(SchemaTest.SCENARIO));
        addRoot(schemas, "Determination", Files.readString(SchemaTest.DETERMINATION));
        envelopes().fields().forEachRemaining(e -> schemas.set(e.getKey(), e.getValue()));
        ObjectNode paths = api.putObject("paths");
        post(paths, "/v1/determinations", "Evaluate a scenario", "Determination");
        post(paths, "/v1/explain", "The report a lawyer reads, with the deciding facts", "Explanation");
        post(paths, "/v1/next-question", "The next questions to ask while the outcome is CONDITIONAL, best first", "NextQuestions");
        get(paths, "/v1/authorities", "The authorities registry", JSON.createObjectNode().put("type", "array")
                .set("items", ref("Authority")));
        get(paths, "/v1/health", "Liveness, with the versions that answer", ref("Health"));
        get(paths, "/v1/openapi.json", "This document", JSON.createObjectNode().put("type", "object"));
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
                  "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
                    "required": ["status", "kind", "message"], "properties": {
                      "status": {"type": "integer"}, "kind": {"type": "string", "enum": ["BAD_INPUT", "NOT_FOUND", "METHOD_NOT_ALLOWED", "INTERNAL", "OVERLOADED"]},
                      "path": {"type": "string", "description": "JSON path of the offending field, e.g. $.federalAction.warrant"},
                      "message": {"type": "string"}}}}},
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

    private static void post(ObjectNode paths, String path, String summary, String answer) {
        ObjectNode op = paths.putObject(path).putObject("post");
        op.put("summary", summary);
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.putObject("content").putObject("application/json").set("schema", ref("Scenario"));
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json").set("schema", ref(answer));
        for (String[] e : new String[][] {{"400", "The scenario is malformed or contradicts itself"}, {"405", "Not POST"},
                {"413", "The body is over 1 MiB"}, {"415", "The body is not application/json"}, {"500", "Internal error"},
                {"503", "The service is busy (Retry-After says when to try again)"}}) {
            responses.putObject(e[0]).put("description", e[1]).putObject("content").putObject("application/json").set("schema", ref("Error"));
        }
    }

    private static void get(ObjectNode paths, String path, String summary, JsonNode schema) {
        ObjectNode op = paths.putObject(path).putObject("get");
        op.put("summary", summary);
        op.putObject("responses").putObject("200").put("description", "OK").putObject("content").putObject("application/json")
                .set("schema", schema);
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
