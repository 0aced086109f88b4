package io.lexfed.service;

import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * LexFed's decision service standalone, on an embedded Jetty of its own: the {@link DecisionHandler}
 * API at the server's root ({@code POST /v1/determinations}, {@code /v1/explain},
 * {@code /v1/next-question} and {@code /v1/what-if}; {@code GET /v1/health}, {@code /v1/ready},
 * {@code /v1/authorities}, {@code /v1/openapi.json} and {@code /metrics}; a page at {@code /} that
 * asks a person one question at a time). Under load it stays up: slow senders are cut off, the number
 * of connections is capped, and Jetty's own errors are problem details too. Close it (or send
 * SIGTERM to {@code lexfed serve}) to stop it: it refuses new requests and finishes those in flight
 * first.
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
     * Starts the service on {@code host} and {@code port} with the default {@link DecisionHandler}
     * (the shared engine; CORS origins from the system property
     * {@value DecisionHandler#ALLOWED_ORIGINS_PROPERTY}).
     *
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, or 0 for a free one (see {@link #port()})
     * @return the running service
     * @throws java.io.IOException if the port cannot be bound (in use, or not an address of this machine)
     * @throws Exception if the server cannot start for another reason
     */
    public static DecisionService start(String host, int port) throws Exception {
        return start(host, port, DecisionHandler.builder().build());
    }

    /**
     * Starts the service on {@code host} and {@code port}, answering with {@code api}.
     *
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, or 0 for a free one (see {@link #port()})
     * @param api the API, configured through {@link DecisionHandler#builder()}; not yet started
     * @return the running service
     * @throws java.io.IOException if the port cannot be bound (in use, or not an address of this machine)
     * @throws Exception if the server cannot start for another reason
     */
    public static DecisionService start(String host, int port, DecisionHandler api) throws Exception {
        // a bounded pool: at most MAX_THREADS requests run at once; the rest wait briefly in the API's admission queue
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
        server.setErrorHandler(new ProblemErrors());
        // on stop: refuse new requests, finish those in flight (up to the stop timeout), then exit
        GracefulHandler graceful = new GracefulHandler(api);
        server.setHandler(graceful);
        server.setStopTimeout(STOP_TIMEOUT_MS);
        try {
            server.start();
        } catch (Exception e) {
            // a port in use leaves the pool's threads running; the caller gets the failure and nothing left behind
            server.stop();
            throw e;
        }
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

    /** Jetty's own errors (malformed HTTP, a request that took too long or is too large) as problem details, without class names. */
    private static final class ProblemErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() <= 0 ? 500 : response.getStatus();
            Problem problem = switch (status) {
                case 408 -> new Problem(Problem.Kind.TIMEOUT, "the request took too long to arrive");
                case 413 -> new Problem(Problem.Kind.TOO_LARGE, "the request is too large");
                case 414 -> new Problem(Problem.Kind.URI_TOO_LONG, "the request's URI is too long");
                case 431 -> new Problem(Problem.Kind.HEADERS_TOO_LARGE, "the request's headers are too large");
                case 429, 503 -> new Problem(Problem.Kind.OVERLOADED, "the service is busy; retry after a few seconds");
                default -> status < 500 ? new Problem(Problem.Kind.BAD_INPUT, "the request is not valid HTTP")
                        : new Problem(Problem.Kind.INTERNAL, "the request could not be served");
            };
            DecisionHandler.write(response, Api.Reply.of(problem.at(request.getHttpURI().getPath())), callback);
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

    /** The requests received and not yet answered, running or waiting for a turn. */
    long requestsInFlight() {
        return inFlight.getCurrentRequestCount();
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
