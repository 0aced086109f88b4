package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexfed.LexFed;
import io.lexfed.json.LexFedJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision service, started on a free loopback port and called over HTTP as a non-Java caller would. */
class DecisionServiceTest {
    static final Path PROHIBITED = Path.of("docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json");
    static final Path CONDITIONAL = Path.of("docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static DecisionService service;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        service = DecisionService.start("127.0.0.1", 0);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(service.uri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(service.uri().resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Api.JSON_TYPE);
        return JSON.readTree(r.body());
    }

    static JsonNode error(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode e = json(r).get("error");
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("message").asText()).isNotBlank();
        return e;
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(service.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(service.port()).isPositive();
    }

    @Test
    void healthNamesTheVersionAndRuleSet() throws Exception {
        HttpResponse<String> r = get("v1/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode h = json(r);
        assertThat(h.get("status").asText()).isEqualTo("UP");
        assertThat(h.get("rulesFingerprint").asText()).isEqualTo(LexFed.rulesFingerprint());
    }

    @Test
    void aDeterminationIsTheLibrarysOwnJson() throws Exception {
        String scenario = Files.readString(PROHIBITED);
        HttpResponse<String> r = post("v1/determinations", "application/json", scenario);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r)).isEqualTo(JSON.readTree(LexFedJson.write(LexFed.engine().evaluate(LexFedJson.readScenario(scenario)))));
        assertThat(json(r).get("outcome").asText()).isEqualTo("PROHIBITED");
    }

    @Test
    void explainGivesTheReportAndTheDecidingFacts() throws Exception {
        HttpResponse<String> r = post("v1/explain", "application/json; charset=utf-8", Files.readString(CONDITIONAL));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode e = json(r);
        // the report asks for the elements of federal authority, never for the conclusion itself
        assertThat(e.get("report").asText()).contains("CONDITIONAL").contains("federalAction.warrant");
        assertThat(e.get("decidingFacts").findValuesAsText("fact")).contains("federalAction.warrant")
                .doesNotContain("federalAction.withinFederalAuthority");
        assertThat(e.get("determination").get("outcome").asText()).isEqualTo("CONDITIONAL");
    }

    @Test
    void nextQuestionRanksTheUnknownFactsAndMapsTheArgument() throws Exception {
        JsonNode n = json(post("v1/next-question", "application/json", Files.readString(CONDITIONAL)));
        assertThat(n.get("outcome").asText()).isEqualTo("CONDITIONAL");
        JsonNode top = n.get("questions").get(0);
        assertThat(n.get("questions").findValuesAsText("fact")).doesNotContain("federalAction.withinFederalAuthority");
        assertThat(top.get("fact").asText()).isEqualTo("federalAction.warrant");
        // knowing it narrows the outcome: its values do not all lead to the same one
        assertThat(new java.util.HashSet<>(top.get("alternatives").findValuesAsText("outcome"))).contains("PROHIBITED").hasSizeGreaterThan(1);
        assertThat(n.get("argumentMap").get("edges").size()).isPositive();
        assertThat(n.get("mermaid").asText()).startsWith("flowchart");

        JsonNode settled = json(post("v1/next-question", "application/json", Files.readString(PROHIBITED)));
        assertThat(settled.get("outcome").asText()).isEqualTo("PROHIBITED");
        assertThat(settled.get("questions").size()).isZero();
    }

    @Test
    void authoritiesListTheRegistry() throws Exception {
        JsonNode a = json(get("v1/authorities"));
        assertThat(a.findValuesAsText("id")).contains("usc-8-1357g", "lunn-v-commonwealth-2017").isSorted();
    }

    @Test
    void theOpenApiDocumentServedIsTheOneInDocs() throws Exception {
        HttpResponse<String> r = get("v1/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r)).isEqualTo(JSON.readTree(Files.readString(Path.of("docs/openapi.json"))));
    }

    @Test
    void thePageIsServedWithItsOwnScriptOnly() throws Exception {
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; img-src 'self' data:");
        assertThat(page.body()).contains("<script src=\"app.js\"></script>").doesNotContain("http://", "https://");
        assertThat(get("app.js").body()).contains("v1/next-question");
    }

    @Test
    void badScenariosAreRefusedWithTheirJsonPath() throws Exception {
        JsonNode unknown = error(post("v1/determinations", "application/json", "{\"actor\":\"LOCAL_POLICE\",\"action\":\"HONOR_DETAINER\",\"colour\":1}"), 400);
        assertThat(unknown.get("kind").asText()).isEqualTo("BAD_INPUT");
        assertThat(unknown.get("path").asText()).isEqualTo("$.colour");

        JsonNode contradiction = error(post("v1/explain", "application/json",
                "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"agreement287g\":{\"model\":\"NONE\",\"iceSupervision\":\"YES\"}}"), 400);
        assertThat(contradiction.get("path").asText()).isEqualTo("$.agreement287g.iceSupervision");
        assertThat(contradiction.get("message").asText()).contains("contradicts model NONE");

        JsonNode badEnum = error(post("v1/next-question", "application/json", "{\"actor\":\"MAYOR\",\"action\":\"HONOR_DETAINER\"}"), 400);
        assertThat(badEnum.get("path").asText()).isEqualTo("$.actor");

        assertThat(error(post("v1/determinations", "application/json", "{\"actor\":"), 400).get("path")).isNotNull();
        assertThat(error(post("v1/determinations", "application/json", " "), 400).get("message").asText()).contains("empty body");
    }

    @Test
    void headAndCorsPreflightAreAnswered() throws Exception {
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(service.uri().resolve("v1/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(service.uri().resolve("v1/determinations"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(preflight.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(post("v1/determinations", "application/json", GOOD_BODY).headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    static final String GOOD_BODY = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}";

    @Test
    void wrongRequestsGetClearStatuses() throws Exception {
        String huge = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"HONOR_DETAINER\",\"jurisdiction\":{\"locality\":\"" + "x".repeat(Api.MAX_REQUEST_BYTES) + "\"}}";
        assertThat(error(post("v1/determinations", "application/json", huge), 413).get("message").asText()).contains("1048576");
        error(post("v1/determinations", "text/plain", "{}"), 415);
        // a type that merely starts like JSON, or JSON in another charset, is refused, not read as UTF-8 JSON
        error(post("v1/determinations", "application/jsonx-evil", GOOD_BODY), 415);
        error(post("v1/determinations", "application/json; charset=utf-16", GOOD_BODY), 415);
        assertThat(post("v1/determinations", "application/json; charset=UTF-8", GOOD_BODY).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongMethod = get("v1/determinations");
        assertThat(error(wrongMethod, 405).get("kind").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        HttpResponse<String> postToHealth = post("v1/health", "application/json", "{}");
        error(postToHealth, 405);
        assertThat(postToHealth.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(error(get("v2/nothing"), 404).get("kind").asText()).isEqualTo("NOT_FOUND");
    }
}
