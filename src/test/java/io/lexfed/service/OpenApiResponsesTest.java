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
        return Stream.of(
                Arguments.of("POST", "/v1/determinations", "application/json", prohibited),
                Arguments.of("POST", "/v1/determinations", "application/json", conditional),
                Arguments.of("POST", "/v1/determinations", "application/json", "{\"actor\":\"MAYOR\"}"),
                Arguments.of("POST", "/v1/determinations", "text/plain", prohibited),
                Arguments.of("GET", "/v1/determinations", null, null),
                Arguments.of("POST", "/v1/explain", "application/json", conditional),
                Arguments.of("POST", "/v1/explain", "application/json", "{"),
                Arguments.of("POST", "/v1/next-question", "application/json", conditional),
                Arguments.of("GET", "/v1/authorities", null, null),
                Arguments.of("GET", "/v1/health", null, null),
                Arguments.of("GET", "/v1/openapi.json", null, null));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("requests")
    void everyResponseIsDocumentedAndValidates(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri().resolve(path.substring(1)));
        if ("POST".equals(method)) {
            b.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.GET();
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode op = api.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
        JsonNode documented = op.path("responses").path(String.valueOf(r.statusCode()));
        if (op.isMissingNode()) {
            // a method the path does not offer: the answer is the API's error, 405
            assertThat(r.statusCode()).isEqualTo(405);
            documented = api.path("paths").path(path).elements().next().path("responses").path("405");
        }
        assertThat(documented.isMissingNode()).as(method + " " + path + " answered " + r.statusCode() + ", which docs/openapi.json does not list")
                .isFalse();
        Schema validator = validator(documented);
        assertThat(validator.validate(JSON.readTree(r.body())).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList())
                .as(method + " " + path + " " + r.statusCode()).isEmpty();
        // and the schema is no formality: an empty object is not a valid answer (this document itself aside)
        assertThat(path.equals("/v1/openapi.json") ? List.of("n/a") : validator.validate(JSON.readTree("{}"))).as("the schema of " + method + " " + path + " " + r.statusCode() + " accepts {}")
                .isNotEmpty();
    }

    private static Schema validator(JsonNode documented) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("components", api.path("components"));
        schema.setAll((ObjectNode) documented.path("content").path("application/json").path("schema"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }
}
