package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lexfed serve} as a real process, with the SLF4J backend the CLI jar bundles: what an operator sees on its streams. */
class ServeProcessTest {
    @TempDir
    Path dir;

    Process serve(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.lexfed.cli.Main", "serve", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr").toFile()).start();
    }

    String stderr() throws Exception {
        return Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    }

    @Test
    void aPortInUseExitsTwoWithOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Process p = serve("--port", String.valueOf(taken.getLocalPort()));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(stderr()).isEqualTo("--port: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is already in use; choose another with --port (0 picks a free one)" + System.lineSeparator());
        }
    }

    // the address the service says it listens on, from its first line
    URI listening(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String listening = out.readLine();
        Matcher m = Pattern.compile("lexfed serve: listening on (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)").matcher(String.valueOf(listening));
        assertThat(m.matches()).as(listening + " / " + stderr()).isTrue();
        return URI.create(m.group(1));
    }

    @Test
    void allowedOriginsAreTheOnesTheOperatorNames() throws Exception {
        Process p = serve("--port", "0", "--allow-origins", "https://app.example.org, http://localhost:3000");
        try {
            URI base = listening(p);
            for (String origin : List.of("https://app.example.org", "http://localhost:3000", "https://elsewhere.example.org")) {
                HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("v1/determinations"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(preflight.statusCode()).isEqualTo(204);
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin)
                        .isEqualTo(origin.contains("elsewhere") ? java.util.Optional.empty() : java.util.Optional.of(origin));
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anOriginWithAPathIsBadInput() throws Exception {
        Process p = serve("--port", "0", "--allow-origins", "https://app.example.org/page");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(stderr()).isEqualTo("--allow-origins: expected origins such as https://app.example.org (scheme, host and port, no path) or *, "
                + "got 'https://app.example.org/page'" + System.lineSeparator());
    }

    @Test
    void aRunningServiceLogsEachRequestAndNothingElse() throws Exception {
        Process p = serve("--port", "0");
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(listening(p).resolve("v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            String log = stderr();
            for (long deadline = System.nanoTime() + 5_000_000_000L; log.isEmpty() && System.nanoTime() < deadline; Thread.sleep(20)) {
                log = stderr();
            }
            // Jetty's start-up chatter is below the level shown; the access line has a timestamp
            assertThat(log).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S* \\[[^\\]]+\\] INFO io\\.lexfed\\.service\\.access - "
                    + "GET /v1/health 200 \\d+ ms " + health.body().getBytes(StandardCharsets.UTF_8).length + " bytes\\R");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
