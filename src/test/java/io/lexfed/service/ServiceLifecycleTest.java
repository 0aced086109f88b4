package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The service under stress of its own life: stopping with work in flight, and Jetty's own errors. */
class ServiceLifecycleTest {

    @Test
    void stoppingFinishesEveryRequestAlreadyReceived() throws Exception {
        // the waiting requests may wait as long as a loaded machine needs: a refusal for waiting too long (503) is another test's point
        DecisionService service = DecisionService.start("127.0.0.1", 0, DecisionHandler.builder().maxWait(java.time.Duration.ofMinutes(2)).build());
        HttpClient client = HttpClient.newHttpClient();
        String body = Files.readString(Path.of("docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json"));
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        // more explanations than are evaluated at once, so some wait for their turn when the stop comes
        for (int i = 0; i < DecisionService.MAX_ACTIVE + 2; i++) {
            inFlight.add(client.sendAsync(HttpRequest.newBuilder(service.uri().resolve("v1/explain")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // every one received (a fixed pause is not enough on a loaded machine: a request still in the kernel's queue is not yet ours)
        for (long deadline = System.nanoTime() + 30_000_000_000L; service.requestsInFlight() < inFlight.size() && System.nanoTime() < deadline; ) {
            Thread.sleep(5);
        }
        assertThat(service.requestsInFlight()).isEqualTo(inFlight.size());
        service.close();
        for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            HttpResponse<String> r = f.join();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"report\"");
        }
        service.close(); // a second close does nothing
    }

    @Test
    void jettysOwnErrorsAreProblemDetailsWithoutClassNames() throws Exception {
        try (DecisionService service = DecisionService.start("127.0.0.1", 0); Socket s = new Socket("127.0.0.1", service.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GARBAGE / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 400").contains("Content-Type: " + Problem.CONTENT_TYPE).contains("\"kind\" : \"BAD_INPUT\"")
                    .contains("\"status\" : 400").contains("\"type\" : \"https://lexfed.io/problems/bad-input\"")
                    .doesNotContain("<html").doesNotContain("Exception").doesNotContain("org.eclipse");
        }
    }

}
