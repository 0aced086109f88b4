package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.analysis.Alternative;
import io.lexfed.analysis.DecidingFact;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code lexfed next}: the unknown facts worth asking about, best first. */
final class NextCommand {
    static final Command COMMAND = new Command("next",
            List.of("Ranks the unknown facts by how much knowing each would narrow the outcome, with a question for each."),
            Command.Operand.FILE, List.of(Command.Option.choice("--format", "<format>", "text (default) or json", "text", "json")),
            Command.Engine.LOAD_EARLY, NextCommand::run);

    private NextCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Scenario s = Inputs.scenario(args.operand());
        LexFed engine = EngineLoad.engine();
        Determination d = engine.evaluate(s);
        List<DecidingFact> questions = engine.nextQuestions(s);
        if ("json".equals(args.text("--format"))) {
            com.fasterxml.jackson.databind.node.ObjectNode o = JsonOut.object().put("outcome", d.outcome().name());
            o.set("questions", JsonOut.tree(questions));
            out.println(JsonOut.print(o));
            return Main.OK;
        }
        out.println("outcome now: " + d.outcome());
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
