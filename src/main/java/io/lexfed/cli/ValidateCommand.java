package io.lexfed.cli;

import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed validate}: checks a scenario file without evaluating it, so it needs no engine. */
final class ValidateCommand {
    static final Command COMMAND = new Command("validate", List.of("Checks that a scenario file is valid, without evaluating it."),
            Command.Operand.FILE,
            List.of(Command.Option.choice("--format", "<format>", "text (default) or json (the file, valid, and the scenario as read, in canonical form)",
                    "text", "json")),
            Command.Engine.NOT_USED, ValidateCommand::run);

    private ValidateCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        io.lexfed.scenario.Scenario s = Inputs.scenario(args.operand());
        if ("json".equals(args.text("--format"))) {
            com.fasterxml.jackson.databind.node.ObjectNode o = JsonOut.object().put("file", args.operand()).put("valid", true);
            o.set("scenario", JsonOut.scenario(s));
            out.println(JsonOut.print(o));
            return Main.OK;
        }
        out.println(args.operand() + ": valid scenario");
        return Main.OK;
    }
}
