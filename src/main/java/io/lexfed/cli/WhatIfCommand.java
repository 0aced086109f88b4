package io.lexfed.cli;

import io.lexfed.analysis.FactChange;
import io.lexfed.analysis.WhatIf;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed whatif}: a scenario before and after fact changes, and the difference. */
final class WhatIfCommand {
    static final Command COMMAND = new Command("whatif",
            List.of("Evaluates a scenario before and after fact changes and prints the difference."), Command.Operand.FILE,
            List.of(Command.Option.list("--set", "PATH=VALUE", "a change, e.g. federalAction.warrant=JUDICIAL (repeatable)")),
            Command.Engine.LOAD_EARLY, WhatIfCommand::run);

    private WhatIfCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        Scenario s = Inputs.scenario(args.operand());
        List<FactChange> changes;
        WhatIf w;
        try {
            changes = args.list("--set").stream().map(FactChange::parse).toList();
            w = EngineLoad.engine().whatIf(s, changes.toArray(FactChange[]::new));
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
        out.println(b);
        return Main.OK;
    }
}
