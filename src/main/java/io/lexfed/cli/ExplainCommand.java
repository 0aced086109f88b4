package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.internal.explain.Report;
import io.lexfed.scenario.Scenario;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", description = "Prints the report a lawyer reads: the determination, and what would change the answer.")
final class ExplainCommand implements Callable<Integer> {
    enum Format { markdown, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown (default) or text")
    Format format;

    @Option(names = "--bound-ms", defaultValue = "2000", description = "time bound for the search for minimal flips, in milliseconds")
    long boundMs;

    @Override
    public Integer call() {
        Scenario s = Inputs.scenario(file);
        LexFed engine = LexFed.engine();
        Determination d = engine.evaluate(s);
        String report = Report.explain(d, engine.decidingFacts(s), engine.minimalFlips(s, Duration.ofMillis(boundMs)), format == Format.markdown);
        spec.commandLine().getOut().println(report.stripTrailing());
        return Main.OK;
    }
}
