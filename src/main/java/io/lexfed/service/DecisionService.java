package io.lexfed.service;

import io.lexfed.LexFed;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * LexFed's decision service on an embedded Jetty: {@code POST /v1/determinations},
 * {@code /v1/explain} and {@code /v1/next-question} take a scenario and answer in JSON;
 * {@code GET /v1/authorities}, {@code /v1/health} and {@code /v1/openapi.json} describe it; {@code GET /}
 * is a page that asks a person one question at a time. Request bodies over 1 MiB are refused with
 * 413, and every error is a JSON object naming the JSON path at fault. Under load it stays up: slow
 * senders are cut off, requests beyond a bound wait briefly and then get 503 with Retry-After, and
 * Jetty's own errors are JSON too. Close it (or send SIGTERM) to stop it: it refuses new requests and
 * finishes those in flight first.
 */
public final class DecisionService implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final GracefulHandler inFlight;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private DecisionService(Server server, ServerConnector connector, GracefulHandler inFlight) {
        this.server = server;
        this.connector = connector;
        this.inFlight = inFlight;
    }

    /**
     * Starts the service on {@code host} and {@code port}, serving the shared engine.
     *
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, or 0 for a free one (see {@link #port()})
     * @return the running service
     * @throws Exception if the server cannot start (the port is taken, say)
     */
    public static DecisionService start(String host, int port) throws Exception {
        Api api = new Api(LexFed.engine());
        // a bounded pool: at most MAX_THREADS requests run at once; the rest wait briefly in the QoS queue
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("lexfed-service");
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        // a client that sends a body slower than this is cut off, so slow senders cannot hold every thread
        config.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        // while stopping, a request waiting for its turn has not read its body yet: its connection looks idle
        // but must not be closed under it
        connector.setShutdownIdleTimeout(STOP_TIMEOUT_MS);
        // beyond this many open connections Jetty stops accepting until some close
        server.addBean(new org.eclipse.jetty.server.ConnectionLimit(MAX_CONNECTIONS, server));
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());
        Handler.Abstract app = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Api.Reply r;
                try (InputStream body = Content.Source.asInputStream(request)) {
                    r = api.handle(request.getMethod(), Request.getPathInContext(request),
                            request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, request.getLength());
                } catch (java.io.IOException e) {
                    callback.failed(e);
                    return true;
                }
                response.setStatus(r.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, r.contentType());
                r.headers().forEach((name, value) -> response.getHeaders().put(name, value));
                if (!r.headers().containsKey("Access-Control-Allow-Origin")) {
                    response.getHeaders().put("Access-Control-Allow-Origin", "*");
                }
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                // the page loads nothing but this service's own files
                response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
                response.write(true, ByteBuffer.wrap(r.body()), callback);
                return true;
            }
        };
        // admission control: requests beyond MAX_ACTIVE wait up to MAX_WAIT, then get 503 with Retry-After
        QoSHandler admission = new QoSHandler(app);
        // only the evaluations queue: health, the page and the documents are always answered
        admission.includeMethod("POST");
        admission.setMaxRequestCount(MAX_ACTIVE);
        admission.setMaxSuspendedRequestCount(MAX_WAITING);
        admission.setMaxSuspend(MAX_WAIT);
        // on stop: refuse new requests, finish those in flight (up to the stop timeout), then exit
        GracefulHandler graceful = new GracefulHandler(admission);
        server.setHandler(graceful);
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.start();
        return new DecisionService(server, connector, graceful);
    }

    /** Requests evaluated at once; the rest wait (two per core leaves room for the page's small files). */
    static final int MAX_ACTIVE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Requests that may wait for a turn before the service answers 503. */
    static final int MAX_WAITING = 256;
    /**
     * How long a request waits for a turn before it gets 503 (an explanation with its flip search takes a
     * second or two); well under the idle timeout, so that a waiting request's connection is never closed
     * under it before it has read its body.
     */
    static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(10);
    static final int MAX_THREADS = MAX_ACTIVE + 16;
    static final int MAX_CONNECTIONS = 2_000;
    static final long MIN_REQUEST_BYTES_PER_SECOND = 256;
    static final long IDLE_TIMEOUT_MS = 30_000;
    static final long STOP_TIMEOUT_MS = 15_000;

    /** Jetty's own errors (a refused or timed-out request, an overload) as the same JSON as the API's, without class names. */
    private static final class JsonErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() <= 0 ? 500 : response.getStatus();
            String kind = status == 503 || status == 429 ? "OVERLOADED" : status >= 500 ? "INTERNAL" : "BAD_INPUT";
            String message = switch (status) {
                case 503 -> "the service is busy; retry after a few seconds";
                case 408 -> "the request took too long to arrive";
                case 400 -> "the request is not valid HTTP";
                case 413, 431 -> "the request is too large";
                default -> "the request could not be served";
            };
            if (status == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Api.JSON_TYPE);
            String body = "{\"error\":{\"status\":" + status + ",\"kind\":\"" + kind + "\",\"message\":\"" + message + "\"}}";
            response.write(true, ByteBuffer.wrap(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), callback);
            return true;
        }
    }

    /**
     * The port the service listens on.
     *
     * @return the bound port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * The base address of the service, e.g. {@code http://127.0.0.1:8080/}.
     *
     * @return the base URI
     */
    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /**
     * Blocks until the service stops.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops the service: it stops accepting connections, lets every request already received (running
     * or waiting for its turn) finish, up to 15 seconds, then releases its port. Safe to call twice.
     */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        connector.shutdown();
        long deadline = System.nanoTime() + STOP_TIMEOUT_MS * 1_000_000;
        while (inFlight.getCurrentRequestCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // nothing left to read: idle keep-alive connections may now close at once
        connector.setShutdownIdleTimeout(100);
        server.stop();
    }
}
