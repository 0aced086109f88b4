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
import org.eclipse.jetty.util.Callback;

/**
 * LexFed's decision service on an embedded Jetty: {@code POST /v1/determinations},
 * {@code /v1/explain} and {@code /v1/next-question} take a scenario and answer in JSON;
 * {@code GET /v1/authorities}, {@code /v1/health} and {@code /v1/openapi.json} describe it; {@code GET /}
 * is a page that asks a person one question at a time. Request bodies over 1 MiB are refused with
 * 413, and every error is a JSON object naming the JSON path at fault. Close it to stop it.
 */
public final class DecisionService implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private DecisionService(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
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
        Server server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
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
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                // the page loads nothing but this service's own files
                response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
                response.write(true, ByteBuffer.wrap(r.body()), callback);
                return true;
            }
        });
        server.setStopTimeout(2000);
        server.start();
        return new DecisionService(server, connector);
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

    /** Stops the service and releases its port. */
    @Override
    public void close() throws Exception {
        server.stop();
    }
}
