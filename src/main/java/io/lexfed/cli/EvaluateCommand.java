package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.internal.explain.Report;
import io.lexfed.json.LexFedJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = "Evaluates one scenario (a JSON file, or - for standard input) and prints the determination.")
final class EvaluateCommand implements Callable<Integer> {
    enum Format { json, text, markdown }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Option(names = "--format", defaultValue = "json", description = "json (default), text or markdown")
    Format format;

    @Override
    public Integer call() {
        Determination d = LexFed.engine().evaluate(Inputs.scenario(file));
        String rendered = switch (format) {
            case json -> LexFedJson.write(d);
            case text -> Report.text(d);
            case markdown -> Report.markdown(d);
        };
        spec.commandLine().getOut().println(rendered.stripTrailing());
        return Main.OK;
    }
}
