package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service's real responses against docs/openapi.json: for each request, the status must be one the
 * document lists for that path and method, and the body must validate against the schema it gives.
 */
class OpenApiResponsesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static DecisionService service;
    static HttpClient client;
    static ObjectNode api;

    @BeforeAll
    static void start() throws Exception {
        service = DecisionService.start("127.0.0.1", 0);
        client = HttpClient.newHttpClient();
        api = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/openapi.json")));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    static Stream<Arguments> requests() throws Exception {
        String prohibited = Files.readString(Path.of("docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json"));
        String conditional = Files.readString(Path.of("docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json"));
        String whatIf = "{\"scenario\":" + conditional + ",\"changes\":[{\"path\":\"federalAction.warrant\",\"value\":\"JUDICIAL\"}]}";
        return Stream.of(
                Arguments.of("POST", "/v1/determinations", "application/json", prohibited),
                Arguments.of("POST", "/v1/determinations", "application/json", conditional),
                Arguments.of("POST", "/v1/determinations", "application/json", "{\"actor\":\"MAYOR\"}"),
                Arguments.of("POST", "/v1/determinations", "text/plain", prohibited),
                Arguments.of("POST", "/v1/determinations", "application/json", "{\"actor\":\"" + "x".repeat(Api.MAX_REQUEST_BYTES) + "\"}"),
                Arguments.of("GET", "/v1/determinations", null, null),
                Arguments.of("POST", "/v1/explain", "application/json", conditional),
                Arguments.of("POST", "/v1/explain", "application/json", "{"),
                Arguments.of("POST", "/v1/next-question", "application/json", conditional),
                Arguments.of("POST", "/v1/next-question", "application/json", "[]"),
                Arguments.of("POST", "/v1/what-if", "application/json", whatIf),
                Arguments.of("POST", "/v1/what-if", "application/json", "{\"scenario\":" + conditional + ",\"changes\":[{\"path\":\"nothing\",\"value\":1}]}"),
                Arguments.of("PUT", "/v1/what-if", null, null),
                Arguments.of("GET", "/v1/authorities", null, null),
                Arguments.of("POST", "/v1/authorities", "application/json", "{}"),
                Arguments.of("GET", "/v1/health", null, null),
                Arguments.of("HEAD", "/v1/health", null, null),
                Arguments.of("DELETE", "/v1/health", null, null),
                Arguments.of("GET", "/v1/ready", null, null),
                Arguments.of("HEAD", "/v1/ready", null, null),
                Arguments.of("POST", "/v1/ready", "application/json", "{}"),
                Arguments.of("GET", "/v1/openapi.json", null, null),
                Arguments.of("GET", "/metrics", null, null),
                Arguments.of("POST", "/metrics", "application/json", "{}"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("requests")
    void everyResponseIsDocumentedAndValidates(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri().resolve(path.substring(1)));
        if (body != null) {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode item = api.path("paths").path(path);
        assertThat(item.isMissingNode()).as(path + " is in docs/openapi.json").isFalse();
        JsonNode op = item.path(method.toLowerCase(java.util.Locale.ROOT));
        assertThat(op.isMissingNode() || op.path("operationId").isTextual()).as(method + " " + path + " has an operationId").isTrue();
        JsonNode documented = op.path("responses").path(String.valueOf(r.statusCode()));
        if (op.isMissingNode()) {
            // a method the path does not offer: the answer is the API's 405, as documented for the path's own operations
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).isPresent();
            documented = item.elements().next().path("responses").path("405");
        }
        assertThat(documented.isMissingNode()).as(method + " " + path + " answered " + r.statusCode() + ", which docs/openapi.json does not list")
                .isFalse();
        if (method.equals("HEAD")) {
            assertThat(r.body()).isEmpty();
            assertThat(documented.has("content")).as("a HEAD answer has no body").isFalse();
            return;
        }
        String mediaType = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
        JsonNode content = documented.path("content").path(mediaType);
        assertThat(content.isMissingNode()).as(method + " " + path + " " + r.statusCode() + " answered " + mediaType + ", documented: "
                + documented.path("content").properties().stream().map(java.util.Map.Entry::getKey).toList()).isFalse();
        JsonNode instance = mediaType.endsWith("json") ? JSON.readTree(r.body()) : JSON.getNodeFactory().textNode(r.body());
        Schema validator = validator(content.path("schema"));
        assertThat(validator.validate(instance).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList())
                .as(method + " " + path + " " + r.statusCode()).isEmpty();
        // and the schema is no formality: an empty object is not a valid answer (this document itself aside)
        assertThat(path.equals("/v1/openapi.json") ? List.of("n/a") : validator.validate(JSON.readTree("{}")))
                .as("the schema of " + method + " " + path + " " + r.statusCode() + " accepts {}").isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyOperationHasAUniqueOperationId() {
        List<String> ids = api.path("paths").properties().stream().flatMap(p -> p.getValue().properties().stream())
                .map(op -> op.getValue().path("operationId").asText("")).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates().hasSize(11);
    }

    private static Schema validator(JsonNode documented) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("components", api.path("components"));
        schema.setAll((ObjectNode) documented);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }
}
