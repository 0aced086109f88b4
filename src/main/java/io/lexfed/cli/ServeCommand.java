package io.lexfed.cli;

import io.lexfed.service.DecisionService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Runs the decision service: the JSON API under /v1/ and a question-by-question page at /.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default 127.0.0.1: this machine only)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default 8080; 0 picks a free one)")
    int port;

    @Override
    public Integer call() throws Exception {
        try (DecisionService service = DecisionService.start(host, port)) {
            spec.commandLine().getOut().println("lexfed serve: listening on " + service.uri() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            service.join();
        }
        return Main.OK;
    }
}
