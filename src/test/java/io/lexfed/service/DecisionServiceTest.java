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

    /** The RFC 9457 problem details of an error: its media type, type, title, status, detail and kind. */
    static JsonNode problem(HttpResponse<String> r, int status, String kind) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("kind").asText()).isEqualTo(kind);
        assertThat(p.get("type").asText()).isEqualTo("https://lexfed.io/problems/" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("io.lexfed");
        return p;
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
        JsonNode unknown = problem(post("v1/determinations", "application/json", "{\"actor\":\"LOCAL_POLICE\",\"action\":\"HONOR_DETAINER\",\"colour\":1}"),
                400, "BAD_INPUT");
        assertThat(unknown.get("path").asText()).isEqualTo("$.colour");
        assertThat(unknown.get("detail").asText()).contains("unknown field");
        assertThat(unknown.get("instance").asText()).isEqualTo("/v1/determinations");

        JsonNode contradiction = problem(post("v1/explain", "application/json",
                "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"agreement287g\":{\"model\":\"NONE\",\"iceSupervision\":\"YES\"}}"), 400, "BAD_INPUT");
        assertThat(contradiction.get("path").asText()).isEqualTo("$.agreement287g.iceSupervision");
        assertThat(contradiction.get("detail").asText()).contains("contradicts model NONE");

        JsonNode badEnum = problem(post("v1/next-question", "application/json", "{\"actor\":\"MAYOR\",\"action\":\"HONOR_DETAINER\"}"), 400, "BAD_INPUT");
        assertThat(badEnum.get("path").asText()).isEqualTo("$.actor");
        // what was wrong, all of it: the value refused and what would do
        assertThat(badEnum.get("detail").asText()).contains("MAYOR").contains("LOCAL_POLICE");

        assertThat(problem(post("v1/determinations", "application/json", "{\"actor\":"), 400, "BAD_INPUT").get("path")).isNotNull();
        assertThat(problem(post("v1/determinations", "application/json", " "), 400, "BAD_INPUT").get("detail").asText()).contains("empty body");
    }

    @Test
    void headAndOptionsAreAnsweredAndNoOriginIsAllowedByDefault() throws Exception {
        HttpResponse<String> head = send("HEAD", "v1/health", java.util.Map.of());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue(Api.JSON_TYPE);
        HttpResponse<String> options = send("OPTIONS", "v1/determinations", java.util.Map.of());
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        // same origin only unless configured: a page elsewhere gets no CORS header, so its browser keeps the answer from it
        HttpResponse<String> preflight = send("OPTIONS", "v1/determinations", java.util.Map.of("Origin", "https://example.org",
                "Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(preflight.headers().map().keySet()).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
        HttpResponse<String> cross = client.send(HttpRequest.newBuilder(service.uri().resolve("v1/determinations")).header("Content-Type", "application/json")
                .header("Origin", "https://example.org").POST(HttpRequest.BodyPublishers.ofString(GOOD_BODY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cross.statusCode()).isEqualTo(200);
        assertThat(cross.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        problem(send("OPTIONS", "v1/nothing", java.util.Map.of()), 404, "NOT_FOUND");
    }

    static HttpResponse<String> send(String method, String path, java.util.Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsReportedOnceAnEvaluationHasWorked() throws Exception {
        // the service under test has answered evaluations already; the wait itself is ReadinessTest's
        HttpResponse<String> r = get("v1/ready");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("READY");
        assertThat(send("HEAD", "v1/ready", java.util.Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void whatIfComparesBeforeAndAfterAsTheCommandLineDoes() throws Exception {
        String scenario = Files.readString(CONDITIONAL);
        HttpResponse<String> r = post("v1/what-if", "application/json",
                "{\"scenario\":" + scenario + ",\"changes\":[{\"path\":\"federalAction.warrant\",\"value\":\"JUDICIAL\"}]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode w = json(r);
        io.lexfed.analysis.WhatIf expected = LexFed.engine().whatIf(LexFedJson.readScenario(scenario),
                new io.lexfed.analysis.FactChange("federalAction.warrant", "JUDICIAL"));
        assertThat(w.get("outcomeBefore").asText()).isEqualTo("CONDITIONAL").isEqualTo(expected.outcomeBefore().name());
        assertThat(w.get("outcomeAfter").asText()).isEqualTo(expected.outcomeAfter().name());
        assertThat(JSON.convertValue(w.get("reasonsGained"), java.util.List.class)).isEqualTo(expected.reasonsGained());
        assertThat(JSON.convertValue(w.get("citationsLost"), java.util.List.class)).isEqualTo(expected.citationsLost());
        assertThat(w.get("after")).isEqualTo(JSON.readTree(LexFedJson.write(expected.after())));
        assertThat(w.get("changes").get(0).get("value").asText()).isEqualTo("JUDICIAL");
        // a number is a value too
        assertThat(post("v1/what-if", "application/json", "{\"scenario\":" + Files.readString(PROHIBITED)
                + ",\"changes\":[{\"path\":\"detainer.hoursPastRelease\",\"value\":24}]}").statusCode()).isEqualTo(200);
    }

    @Test
    void whatIfNamesTheFieldAtFault() throws Exception {
        String scenario = Files.readString(CONDITIONAL);
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":" + scenario
                + ",\"changes\":[{\"path\":\"federalAction.warrant\",\"value\":\"JUDICIAL\"},{\"path\":\"federalAction.wand\",\"value\":\"YES\"}]}"),
                400, "BAD_INPUT").get("path").asText()).isEqualTo("$.changes[1]");
        JsonNode badValue = problem(post("v1/what-if", "application/json", "{\"scenario\":" + scenario
                + ",\"changes\":[{\"path\":\"federalAction.warrant\",\"value\":\"SIGNED_NAPKIN\"}]}"), 400, "BAD_INPUT");
        assertThat(badValue.get("path").asText()).isEqualTo("$.changes[0]");
        assertThat(badValue.get("detail").asText()).contains("SIGNED_NAPKIN");
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":{\"actor\":\"MAYOR\",\"action\":\"HONOR_DETAINER\"},\"changes\":[]}"),
                400, "BAD_INPUT").get("path").asText()).isEqualTo("$.scenario.actor");
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":" + scenario + ",\"changes\":[{\"path\":\"federalAction.warrant\"}]}"),
                400, "BAD_INPUT").get("path").asText()).isEqualTo("$.changes[0].value");
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":" + scenario
                + ",\"changes\":[{\"path\":\"federalAction.warrant\",\"value\":true}]}"), 400, "BAD_INPUT").get("path").asText()).isEqualTo("$.changes[0].value");
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":" + scenario + ",\"changes\":[],\"why\":1}"), 400, "BAD_INPUT")
                .get("path").asText()).isEqualTo("$.why");
        assertThat(problem(post("v1/what-if", "application/json", scenario), 400, "BAD_INPUT").get("path").asText()).isIn("$.actor", "$.action",
                "$.date", "$.jurisdiction", "$.federalAction");
        assertThat(problem(post("v1/what-if", "application/json", "{\"changes\":[]}"), 400, "BAD_INPUT").get("path").asText()).isEqualTo("$.scenario");
        assertThat(problem(post("v1/what-if", "application/json", "{\"scenario\":"), 400, "BAD_INPUT").get("detail").asText()).contains("malformed JSON");
    }

    static final String GOOD_BODY = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}";

    @Test
    void wrongRequestsGetClearStatuses() throws Exception {
        String huge = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"HONOR_DETAINER\",\"jurisdiction\":{\"locality\":\"" + "x".repeat(Api.MAX_REQUEST_BYTES) + "\"}}";
        assertThat(problem(post("v1/determinations", "application/json", huge), 413, "TOO_LARGE").get("detail").asText()).contains("1048576");
        assertThat(problem(post("v1/determinations", "text/plain", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE").get("detail").asText()).contains("text/plain");
        // a type that merely starts like JSON, or JSON in another charset, is refused, not read as UTF-8 JSON
        problem(post("v1/determinations", "application/jsonx-evil", GOOD_BODY), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(post("v1/determinations", "application/json; charset=utf-16", GOOD_BODY), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(post("v1/determinations", "application/json; charset=UTF-8", GOOD_BODY).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongMethod = get("v1/determinations");
        assertThat(problem(wrongMethod, 405, "METHOD_NOT_ALLOWED").get("detail").asText()).isEqualTo("method GET not allowed here; allowed: POST, OPTIONS");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        HttpResponse<String> postToHealth = post("v1/health", "application/json", "{}");
        assertThat(problem(postToHealth, 405, "METHOD_NOT_ALLOWED").get("detail").asText())
                .isEqualTo("method POST not allowed here; allowed: GET, HEAD, OPTIONS");
        assertThat(postToHealth.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(send("HEAD", "v1/what-if", java.util.Map.of()).statusCode()).isEqualTo(405);
        assertThat(problem(get("v2/nothing"), 404, "NOT_FOUND").get("instance").asText()).isEqualTo("/v2/nothing");
    }
}
