package io.lexfed.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Checks that a scenario file is valid, without evaluating it.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Override
    public Integer call() {
        Inputs.scenario(file);
        spec.commandLine().getOut().println(file + ": valid scenario");
        return Main.OK;
    }
}
