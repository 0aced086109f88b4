package io.lexfed.cli;

import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed validate}: checks a scenario file without evaluating it, so it needs no engine. */
final class ValidateCommand {
    static final Command COMMAND = new Command("validate", List.of("Checks that a scenario file is valid, without evaluating it."),
            Command.Operand.FILE, List.of(), Command.Engine.NOT_USED, ValidateCommand::run);

    private ValidateCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Inputs.scenario(args.operand());
        out.println(args.operand() + ": valid scenario");
        return Main.OK;
    }
}
