package io.lexfed.cli;

import io.lexfed.analysis.ArgumentMap;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed graph}: the argument map of a determination, as Mermaid or Graphviz dot. */
final class GraphCommand {
    static final Command COMMAND = new Command("graph",
            List.of("Prints the argument map: facts -> predicates -> conclusions -> outcome, with authorities on the edges."),
            Command.Operand.FILE, List.of(Command.Option.choice("--format", "<format>", "mermaid (default), dot, or json (the nodes and edges)", "mermaid", "dot", "json")),
            Command.Engine.LOAD_EARLY_FOR_ONE_SCENARIO, GraphCommand::run);

    private GraphCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        // the input first: it is read and parsed while the engine loads in the background
        Scenario s = Inputs.scenario(args.operand());
        ArgumentMap map = ArgumentMap.of(EngineLoad.engine().evaluate(s));
        String format = args.text("--format");
        out.print(format.equals("mermaid") ? map.toMermaid() : format.equals("dot") ? map.toDot() : JsonOut.print(JsonOut.tree(map)) + "\n");
        return Main.OK;
    }
}
