package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.analysis.ArgumentMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "graph", description = "Prints the argument map: facts -> predicates -> conclusions -> outcome, with authorities on the edges.")
final class GraphCommand implements Callable<Integer> {
    enum Format { mermaid, dot }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Option(names = "--format", defaultValue = "mermaid", description = "mermaid (default) or dot")
    Format format;

    @Override
    public Integer call() {
        ArgumentMap map = ArgumentMap.of(LexFed.engine().evaluate(Inputs.scenario(file)));
        spec.commandLine().getOut().print(format == Format.mermaid ? map.toMermaid() : map.toDot());
        return Main.OK;
    }
}
