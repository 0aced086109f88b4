package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.analysis.FactChange;
import io.lexfed.analysis.WhatIf;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "whatif", description = "Evaluates a scenario before and after fact changes and prints the difference.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", required = true, description = "a change, e.g. federalAction.warrant=JUDICIAL (repeatable)")
    List<String> sets;

    @Override
    public Integer call() {
        Scenario s = Inputs.scenario(file);
        List<FactChange> changes;
        WhatIf w;
        try {
            changes = sets.stream().map(FactChange::parse).toList();
            w = LexFed.engine().whatIf(s, changes.toArray(FactChange[]::new));
        } catch (InvalidScenarioException e) {
            throw new BadInputException("--set", e.getMessage());
        }
        StringBuilder b = new StringBuilder();
        b.append("changes: ").append(changes).append("\n");
        b.append("outcome: ").append(w.outcomeBefore()).append(" -> ").append(w.outcomeAfter()).append("\n");
        b.append("reasons gained: ").append(w.reasonsGained()).append("\n");
        b.append("reasons lost: ").append(w.reasonsLost()).append("\n");
        b.append("citations gained: ").append(w.citationsGained()).append("\n");
        b.append("citations lost: ").append(w.citationsLost()).append("\n");
        b.append("after: ").append(w.after().summary());
        PrintWriter out = spec.commandLine().getOut();
        out.println(b);
        return Main.OK;
    }
}
