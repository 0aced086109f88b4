package io.lexfed.cli;

import io.lexfed.determination.Determination;
import io.lexfed.report.Report;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed evaluate}: one scenario's determination as JSON, text or Markdown. */
final class EvaluateCommand {
    static final Command COMMAND = new Command("evaluate",
            List.of("Evaluates one scenario (a JSON file, or - for standard input) and prints the determination."), Command.Operand.FILE,
            List.of(Command.Option.choice("--format", "<format>", "json (default), text or markdown", "json", "text", "markdown")),
            Command.Engine.LOAD_EARLY_FOR_ONE_SCENARIO, EvaluateCommand::run);

    private EvaluateCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        // the input first: it is read and parsed while the engine loads in the background
        Scenario s = Inputs.scenario(args.operand());
        Determination d = EngineLoad.engine().evaluate(s);
        String rendered = switch (args.text("--format")) {
            case "text" -> Report.text(d);
            case "markdown" -> Report.markdown(d);
            default -> LexFedJson.write(d);
        };
        out.println(rendered.stripTrailing());
        return Main.OK;
    }
}
