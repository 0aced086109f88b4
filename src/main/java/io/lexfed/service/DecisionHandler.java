package io.lexfed.service;

import io.lexfed.LexFed;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision service's API as a Jetty {@link Handler}, to mount in a host application's own server
 * (under a {@code ContextHandler} with any context path) or to run standalone through
 * {@link DecisionService}. It answers the routes of {@code docs/openapi.json} relative to where it is
 * mounted, every error as RFC 9457 problem details; queues evaluations beyond a bound (503 with
 * Retry-After past it); reports readiness once a first evaluation has worked; counts requests and
 * outcomes in a Micrometer registry (Prometheus text at {@code /metrics}); logs one line per request
 * to the SLF4J logger {@value #ACCESS_LOG}; and sends CORS headers only to the origins it is given.
 */
public final class DecisionHandler extends Handler.Wrapper {
    /** The SLF4J logger name of the access log: one INFO line per request. */
    public static final String ACCESS_LOG = "io.lexfed.service.access";
    /** The system property listing the origins allowed by default, comma-separated ({@code *} for any). */
    public static final String ALLOWED_ORIGINS_PROPERTY = "lexfed.service.allowedOrigins";

    private static final Logger LOG = LoggerFactory.getLogger(DecisionHandler.class);
    /** How long a browser may cache a preflight's answer, in seconds. */
    private static final String PREFLIGHT_MAX_AGE = "600";

    private final List<String> allowedOrigins;
    private final Metrics metrics;
    private final Logger accessLog;
    private final java.util.concurrent.Callable<?> firstEvaluation;
    private volatile String notReadyBecause = "the rule network is still being built";

    private DecisionHandler(Builder b) {
        this.allowedOrigins = List.copyOf(b.allowedOrigins);
        this.metrics = new Metrics(b.registry == null ? Metrics.prometheus() : b.registry);
        this.accessLog = b.accessLog;
        LexFed engine = b.engine;
        this.firstEvaluation = b.firstEvaluation != null ? b.firstEvaluation
                : () -> engine.evaluate(Scenario.builder(Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST).build());
        Api api = new Api(engine, metrics::determination, () -> notReadyBecause, metrics.scrape());
        QoSHandler admission = new Admission(new App(api));
        // only the evaluations queue: health, readiness, metrics, the page and the documents are always answered
        admission.includeMethod("POST");
        admission.setMaxRequestCount(b.maxActive);
        admission.setMaxSuspendedRequestCount(b.maxWaiting);
        admission.setMaxSuspend(b.maxWait);
        setHandler(admission);
    }

    /**
     * A builder with the shared engine, a Prometheus registry of the handler's own, the access log
     * {@value #ACCESS_LOG}, and the origins of the system property {@value #ALLOWED_ORIGINS_PROPERTY}
     * (none when it is unset: same-origin callers only).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link DecisionHandler}; each setter replaces the default it names. */
    public static final class Builder {
        private LexFed engine = LexFed.engine();
        private List<String> allowedOrigins = origins(System.getProperty(ALLOWED_ORIGINS_PROPERTY, ""));
        private MeterRegistry registry;
        private Logger accessLog = LoggerFactory.getLogger(ACCESS_LOG);
        private java.util.concurrent.Callable<?> firstEvaluation;
        private int maxActive = DecisionService.MAX_ACTIVE;
        private int maxWaiting = DecisionService.MAX_WAITING;
        private java.time.Duration maxWait = DecisionService.MAX_WAIT;

        private Builder() {
        }

        /**
         * The engine that answers (default: {@link LexFed#engine()}).
         *
         * @param engine the engine
         * @return this builder
         */
        public Builder engine(LexFed engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * The origins whose pages may call the API from a browser, e.g. {@code https://app.example.org};
         * {@code *} allows any. Empty (the default without the system property) sends no CORS headers.
         *
         * @param origins scheme, host and port of each allowed origin, without a path
         * @return this builder
         */
        public Builder allowedOrigins(java.util.Collection<String> origins) {
            this.allowedOrigins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
            return this;
        }

        /**
         * The registry the service's meters go to, a host's own say. {@code /metrics} serves it only if
         * it is a {@code PrometheusMeterRegistry}; otherwise the host exports it its own way.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The logger of the access log (default: {@value DecisionHandler#ACCESS_LOG}).
         *
         * @param logger the logger
         * @return this builder
         */
        public Builder accessLog(Logger logger) {
            this.accessLog = Objects.requireNonNull(logger, "logger");
            return this;
        }

        /** What must succeed before readiness is reported (by default, one evaluation), for tests of the wait. */
        Builder firstEvaluation(java.util.concurrent.Callable<?> evaluation) {
            this.firstEvaluation = evaluation;
            return this;
        }

        /** How many evaluations run at once and how many may wait, for tests of the refusal beyond them. */
        Builder admission(int active, int waiting) {
            this.maxActive = active;
            this.maxWaiting = waiting;
            return this;
        }

        /** How long a request may wait for its turn before it is refused, for tests whose point is not that refusal. */
        Builder maxWait(java.time.Duration wait) {
            this.maxWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * The handler, not yet started: Jetty starts it with the server it is added to.
         *
         * @return the handler
         */
        public DecisionHandler build() {
            return new DecisionHandler(this);
        }
    }

    static List<String> origins(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    /** The origins this handler sends CORS headers to. */
    List<String> allowedOrigins() {
        return allowedOrigins;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // readiness: the first evaluation waits for the rule network; the port is already answering health meanwhile
        Thread warmUp = new Thread(() -> {
            try {
                firstEvaluation.call();
                notReadyBecause = null;
            } catch (Exception | LinkageError e) {
                LOG.error("the first evaluation failed; the service stays not ready", e);
                notReadyBecause = "the first evaluation failed; the service log has the details";
            }
        }, "lexfed-first-evaluation");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        String fullPath = request.getHttpURI().getPath();
        Request.addCompletionListener(request, failure -> {
            // a response already sent is what the client got, even when the exchange then fails (Jetty reports
            // a request body the handler had no reason to read, after a 405 say, as a failure); otherwise 500
            int status = response.getStatus() > 0 && (failure == null || response.isCommitted()) ? response.getStatus() : 500;
            long nanos = System.nanoTime() - start;
            metrics.request(method, Api.route(path), status, nanos);
            accessLog.info("{} {} {} {} ms {} bytes", method, fullPath, status, nanos / 1_000_000, Response.getContentBytesWritten(response));
        });
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // the page loads nothing but this service's own files
        response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
        if (cors(request, response, path)) {
            response.setStatus(204);
            response.write(true, null, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /**
     * Sends the CORS headers to an allowed origin; true when the request was a preflight, now answered.
     * Another origin gets none, so its browser keeps the answer from its page.
     */
    private boolean cors(Request request, Response response, String path) {
        if (allowedOrigins.isEmpty()) {
            return false;
        }
        response.getHeaders().add(HttpHeader.VARY, "Origin");
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        boolean any = allowedOrigins.contains("*");
        if (origin == null || !(any || allowedOrigins.contains(origin))) {
            return false;
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, any ? "*" : origin);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After, Allow");
        String allowed = Api.allowed(path);
        if (!request.getMethod().equals("OPTIONS") || allowed == null
                || request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) == null) {
            return false;
        }
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, allowed);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE);
        return true;
    }

    /** Writes a reply: its status, content type, headers and body. */
    static void write(Response response, Api.Reply r, Callback callback) {
        response.setStatus(r.status());
        if (r.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, r.contentType());
        }
        r.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(r.body()), callback);
    }

    /** The routes, answered by {@link Api}. */
    private static final class App extends Handler.Abstract {
        private final Api api;

        App(Api api) {
            this.api = api;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Api.Reply r;
            try (InputStream body = Content.Source.asInputStream(request)) {
                r = api.handle(request.getMethod(), Request.getPathInContext(request), request.getHttpURI().getPath(),
                        request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, request.getLength());
            } catch (java.io.IOException e) {
                callback.failed(e);
                return true;
            }
            write(response, r, callback);
            return true;
        }
    }

    /** Admission control whose refusals are problem details too, also when the host's error handler would render them otherwise. */
    private static final class Admission extends QoSHandler {
        Admission(Handler app) {
            super(app);
        }

        @Override
        protected void reject(Request request, Response response, Callback callback, int status) {
            refuse(request, response, callback);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
            refuse(request, response, callback);
        }

        private static void refuse(Request request, Response response, Callback callback) {
            write(response, Api.Reply.of(new Problem(Problem.Kind.OVERLOADED, "the service is busy; retry after a few seconds", null,
                    request.getHttpURI().getPath())), callback);
        }
    }
}
