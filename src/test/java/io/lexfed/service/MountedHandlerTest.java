package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API mounted in a host application's own Jetty server (with Jetty's default error handler) under /tools/lexfed, beside the host's own handler. */
class MountedHandlerTest {
    static Server host;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void startHost() throws Exception {
        host = new Server();
        ServerConnector connector = new ServerConnector(host);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        host.addConnector(connector);
        Handler.Abstract own = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("the host's own page".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
        // a second mount that runs one evaluation at a time and lets none wait, to see its refusals under the host's error handler
        host.setHandler(new ContextHandlerCollection(new ContextHandler(DecisionHandler.builder().build(), "/tools/lexfed"),
                new ContextHandler(DecisionHandler.builder().admission(1, 0).build(), "/busy"), new ContextHandler(own, "/")));
        host.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterAll
    static void stopHost() throws Exception {
        host.stop();
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiAnswersUnderTheHostsPrefix() throws Exception {
        HttpResponse<String> r = send("POST", "tools/lexfed/v1/determinations", Files.readString(DecisionServiceTest.PROHIBITED));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(DecisionServiceTest.JSON.readTree(r.body()).get("outcome").asText()).isEqualTo("PROHIBITED");
        assertThat(send("GET", "tools/lexfed/v1/health", null).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "tools/lexfed/v1/health", null).body()).isEmpty();
        HttpResponse<String> page = send("GET", "tools/lexfed/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        // the page calls the API by relative paths, so it works under any prefix
        assertThat(page.body()).contains("<script src=\"app.js\"></script>");
        assertThat(send("GET", "tools/lexfed/app.js", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "tools/lexfed/metrics", null).body()).contains("lexfed_determinations_total{outcome=\"PROHIBITED\"}");
    }

    @Test
    void itsErrorsNameTheFullPathAndTheHostKeepsTheRest() throws Exception {
        HttpResponse<String> missing = send("GET", "tools/lexfed/v1/nothing", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        JsonNode p = DecisionServiceTest.JSON.readTree(missing.body());
        assertThat(p.get("instance").asText()).isEqualTo("/tools/lexfed/v1/nothing");
        assertThat(p.get("detail").asText()).contains("/v1/nothing");
        HttpResponse<String> wrongMethod = send("GET", "tools/lexfed/v1/what-if", null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(send("GET", "elsewhere", null).body()).isEqualTo("the host's own page");
    }

    @Test
    void anEvaluationBeyondTheQueueIsRefusedWithProblemDetailsNotTheHostsErrorPage() throws Exception {
        HttpResponse<String> refused = null;
        // the one turn is taken by a request whose body has begun to arrive (Jetty dispatches on the first bytes), but not ended;
        // should a probe take the turn first, the holder is the one refused, and the next try starts afresh
        for (long deadline = System.nanoTime() + 20_000_000_000L; (refused == null || refused.statusCode() != 503) && System.nanoTime() < deadline; ) {
            try (java.net.Socket holder = new java.net.Socket("127.0.0.1", base.getPort())) {
                holder.getOutputStream().write(("POST /busy/v1/determinations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"actor\":").getBytes(StandardCharsets.US_ASCII));
                holder.getOutputStream().flush();
                Thread.sleep(200);
                refused = send("POST", "busy/v1/determinations", DecisionServiceTest.GOOD_BODY);
                if (refused.statusCode() == 503) {
                    // what does not queue is still answered while the turn is taken
                    assertThat(send("GET", "busy/v1/health", null).statusCode()).isEqualTo(200);
                }
            }
        }
        assertThat(DecisionServiceTest.problem(refused, 503, "OVERLOADED").get("instance").asText()).isEqualTo("/busy/v1/determinations");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
    }
}
