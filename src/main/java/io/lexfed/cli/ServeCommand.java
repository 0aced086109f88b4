package io.lexfed.cli;

import io.lexfed.service.DecisionService;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed serve}: the decision service, until the process is stopped. */
final class ServeCommand {
    static final Command COMMAND = new Command("serve",
            List.of("Runs the decision service: the JSON API under /v1/ and a question-by-question page at /."), null,
            List.of(Command.Option.text("--host", "<host>", "127.0.0.1", "address to bind (default 127.0.0.1: this machine only)"),
                    Command.Option.integer("--port", "<port>", "8080", "port (default 8080; 0 picks a free one)")),
            Command.Engine.NOT_USED, ServeCommand::run);

    private ServeCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) throws Exception {
        int port = args.integer("--port");
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port", "expected a port from 0 to 65535, got " + port);
        }
        DecisionService started;
        try {
            started = DecisionService.start(args.text("--host"), port);
        } catch (java.io.IOException e) {
            // a port in use or an address not ours: the caller's choice, not a bug
            throw new BadInputException("--port", "cannot listen on " + (args.text("--host") == null ? "" : args.text("--host") + ":") + port
                    + " (in use, or not an address of this machine)");
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
}
