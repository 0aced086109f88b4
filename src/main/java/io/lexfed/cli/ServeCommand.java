package io.lexfed.cli;

import io.lexfed.service.DecisionHandler;
import io.lexfed.service.DecisionService;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed serve}: the decision service, until the process is stopped. */
final class ServeCommand {
    static final Command COMMAND = new Command("serve",
            List.of("Runs the decision service: the JSON API under /v1/ and a question-by-question page at /."), null,
            List.of(Command.Option.text("--host", "<host>", "127.0.0.1", "address to bind (default 127.0.0.1: this machine only)"),
                    Command.Option.integer("--port", "<port>", "8080", "port (default 8080; 0 picks a free one)"),
                    Command.Option.text("--allow-origins", "<origins>", null,
                            "comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org; * for any "
                                    + "(default: none, same origin only, or the system property " + DecisionHandler.ALLOWED_ORIGINS_PROPERTY + ")")),
            Command.Engine.NOT_USED, ServeCommand::run);

    private ServeCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) throws Exception {
        int port = args.integer("--port");
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port", "expected a port from 0 to 65535, got " + port);
        }
        quietLogging();
        DecisionService started;
        try {
            DecisionHandler.Builder api = DecisionHandler.builder();
            if (args.text("--allow-origins") != null) {
                api.allowedOrigins(origins(args.text("--allow-origins")));
            }
            started = DecisionService.start(args.text("--host"), port, api.build());
        } catch (java.io.IOException e) {
            // a port in use or an address not ours: the caller's choice, not a bug
            boolean inUse = e.getCause() instanceof java.net.BindException bind && String.valueOf(bind.getMessage()).contains("in use");
            throw new BadInputException("--port", "cannot listen on " + (args.text("--host") == null ? "" : args.text("--host") + ":") + port
                    + (inUse ? ": the port is already in use; choose another with --port (0 picks a free one)"
                            : " (in use, or not an address of this machine)"));
        }
        try (DecisionService service = started) {
            // SIGTERM or Ctrl-C: finish the requests in flight, then stop
            Thread drain = new Thread(() -> {
                try {
                    service.close();
                } catch (Exception e) {
                    err.println("lexfed serve: stopping: " + e.getMessage());
                }
            }, "lexfed-serve-stop");
            Runtime.getRuntime().addShutdownHook(drain);
            out.println("lexfed serve: listening on " + service.uri() + " (Ctrl-C to stop)");
            out.flush();
            service.join();
        }
        return Main.OK;
    }

    // an origin is what a browser sends in its Origin header: scheme, host and port, nothing more
    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("\\*|https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private static List<String> origins(String given) {
        List<String> origins = java.util.Arrays.stream(given.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        for (String o : origins) {
            if (!ORIGIN.matcher(o).matches()) {
                throw new BadInputException("--allow-origins", "expected origins such as https://app.example.org (scheme, host and port, no path) or *, got '" + o + "'");
            }
        }
        return origins;
    }

    /**
     * The bundled SLF4J backend's defaults for a server, unless the user set them: the access log at
     * INFO with timestamps, everything else (Jetty's start-up chatter) at WARN, so that a refusal to
     * start stays one line on stderr.
     */
    private static void quietLogging() {
        String prefix = "org.slf4j.simpleLogger.";
        java.util.Map.of("defaultLogLevel", "warn", "log." + io.lexfed.service.DecisionHandler.ACCESS_LOG, "info", "showDateTime", "true",
                "dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX").forEach((key, value) -> {
                    if (System.getProperty(prefix + key) == null) {
                        System.setProperty(prefix + key, value);
                    }
                });
    }
}
