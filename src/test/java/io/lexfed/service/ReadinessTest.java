package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Readiness: 503 while the first evaluation has not yet worked (health answers meanwhile), 200 once it has. */
class ReadinessTest {
    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> send(DecisionService service, String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(service.uri().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notReadyUntilTheFirstEvaluationHasWorked() throws Exception {
        CountDownLatch networkBuilt = new CountDownLatch(1);
        DecisionHandler api = DecisionHandler.builder().firstEvaluation(() -> {
            networkBuilt.await();
            return null;
        }).build();
        try (DecisionService service = DecisionService.start("127.0.0.1", 0, api)) {
            HttpResponse<String> waiting = send(service, "GET", "v1/ready");
            assertThat(DecisionServiceTest.problem(waiting, 503, "NOT_READY").get("detail").asText()).contains("rule network");
            assertThat(waiting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(send(service, "HEAD", "v1/ready").statusCode()).isEqualTo(503);
            assertThat(send(service, "GET", "v1/health").statusCode()).as("alive while not ready").isEqualTo(200);
            networkBuilt.countDown();
            int status = 0;
            for (long deadline = System.nanoTime() + 5_000_000_000L; status != 200 && System.nanoTime() < deadline; Thread.sleep(20)) {
                status = send(service, "GET", "v1/ready").statusCode();
            }
            assertThat(status).isEqualTo(200);
        }
    }

    @Test
    void aFailedFirstEvaluationLeavesItNotReadyWithoutSayingWhyToTheCaller() throws Exception {
        DecisionHandler api = DecisionHandler.builder().firstEvaluation(() -> {
            throw new IllegalStateException("secret internals");
        }).build();
        try (DecisionService service = DecisionService.start("127.0.0.1", 0, api)) {
            String detail = "";
            for (long deadline = System.nanoTime() + 5_000_000_000L; !detail.contains("failed") && System.nanoTime() < deadline; Thread.sleep(20)) {
                detail = DecisionServiceTest.problem(send(service, "GET", "v1/ready"), 503, "NOT_READY").get("detail").asText();
            }
            assertThat(detail).contains("the first evaluation failed").doesNotContain("secret");
        }
    }
}
