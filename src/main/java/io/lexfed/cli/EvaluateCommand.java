package io.lexfed.cli;

import io.lexfed.determination.Determination;
import io.lexfed.internal.explain.Report;
import io.lexfed.json.LexFedJson;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed evaluate}: one scenario's determination as JSON, text or Markdown. */
final class EvaluateCommand {
    static final Command COMMAND = new Command("evaluate",
            List.of("Evaluates one scenario (a JSON file, or - for standard input) and prints the determination."), Command.Operand.FILE,
            List.of(Command.Option.choice("--format", "json (default), text or markdown", "json", "text", "markdown")),
            Command.Engine.LOAD_EARLY, EvaluateCommand::run);

    private EvaluateCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Determination d = EngineLoad.engine().evaluate(Inputs.scenario(args.operand()));
        String rendered = switch (args.text("--format")) {
            case "text" -> Report.text(d);
            case "markdown" -> Report.markdown(d);
            default -> LexFedJson.write(d);
        };
        out.println(rendered.stripTrailing());
        return Main.OK;
    }
}
