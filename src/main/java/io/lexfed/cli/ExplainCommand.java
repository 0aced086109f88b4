package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.report.Report;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed explain}: the report a lawyer reads, with what would change the answer. */
final class ExplainCommand {
    /** Enough for every single change and every pair of quiet changes of the documented examples. */
    static final int MAX_VARIANTS = 20_000;

    static final Command COMMAND = new Command("explain",
            List.of("Prints the report a lawyer reads: the determination, and what would change the answer."), Command.Operand.FILE,
            List.of(Command.Option.integer("--max-variants", "<n>", String.valueOf(MAX_VARIANTS),
                    "how many variants of the scenario the search for the smallest changes may evaluate; the same count gives the same "
                            + "changes on any machine"),
                    Command.Option.choice("--format", "<format>", "markdown (default), text, or json (the determination, the deciding facts and the minimal flips)", "markdown", "text", "json")),
            Command.Engine.LOAD_EARLY, ExplainCommand::run);

    private ExplainCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Scenario s = Inputs.scenario(args.operand());
        LexFed engine = EngineLoad.engine();
        Determination d = engine.evaluate(s);
        java.util.List<io.lexfed.analysis.DecidingFact> deciding = engine.decidingFacts(s);
        int maxVariants = args.integer("--max-variants");
        if (maxVariants < 0) {
            throw new BadInputException("--max-variants", "expected a count of 0 or more, was " + maxVariants);
        }
        io.lexfed.analysis.MinimalFlips flips = engine.minimalFlips(s, maxVariants);
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
