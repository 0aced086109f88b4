package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.analysis.Alternative;
import io.lexfed.analysis.DecidingFact;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "next", description = "Ranks the unknown facts by how much knowing each would narrow the outcome, with a question for each.")
final class NextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario JSON file, or - for standard input")
    String file;

    @Override
    public Integer call() {
        Scenario s = Inputs.scenario(file);
        LexFed engine = LexFed.engine();
        Determination d = engine.evaluate(s);
        PrintWriter out = spec.commandLine().getOut();
        out.println("outcome now: " + d.outcome());
        List<DecidingFact> questions = engine.nextQuestions(s);
        if (questions.isEmpty()) {
            out.println("no question would narrow it: the outcome is settled by the facts given.");
        }
        int i = 1;
        for (DecidingFact q : questions) {
            out.printf(Locale.ROOT, "%d. %s%n   fact: %s; narrows %.0f%%; turns on: %s%n   answers: %s%n", i++, q.question(), q.fact(),
                    q.narrowing() * 100, q.doctrines().isEmpty() ? "-" : String.join(", ", q.doctrines()),
                    q.alternatives().stream().map((Alternative a) -> a.value() + " -> " + a.outcome()).collect(Collectors.joining("; ")));
        }
        return Main.OK;
    }
}
