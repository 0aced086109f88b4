package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.report.Report;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** {@code lexfed explain}: the report a lawyer reads, with what would change the answer. */
final class ExplainCommand {
    static final Command COMMAND = new Command("explain",
            List.of("Prints the report a lawyer reads: the determination, and what would change the answer."), Command.Operand.FILE,
            List.of(Command.Option.integer("--bound-ms", "<boundMs>", "2000", "time bound for the search for minimal flips, in milliseconds"),
                    Command.Option.choice("--format", "<format>", "markdown (default), text, or json (the determination, the deciding facts and the minimal flips)", "markdown", "text", "json")),
            Command.Engine.LOAD_EARLY, ExplainCommand::run);

    private ExplainCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Scenario s = Inputs.scenario(args.operand());
        LexFed engine = EngineLoad.engine();
        Determination d = engine.evaluate(s);
        java.util.List<io.lexfed.analysis.DecidingFact> deciding = engine.decidingFacts(s);
        io.lexfed.analysis.MinimalFlips flips = engine.minimalFlips(s, Duration.ofMillis(args.integer("--bound-ms")));
        if (args.text("--format").equals("json")) {
            com.fasterxml.jackson.databind.node.ObjectNode o = JsonOut.object();
            o.set("determination", JsonOut.determination(d));
            o.set("decidingFacts", JsonOut.tree(deciding));
            o.set("minimalFlips", JsonOut.tree(flips));
            out.println(JsonOut.print(o));
            return Main.OK;
        }
        String report = Report.explain(d, deciding, flips, args.text("--format").equals("markdown"));
        out.println(report.stripTrailing());
        return Main.OK;
    }
}
