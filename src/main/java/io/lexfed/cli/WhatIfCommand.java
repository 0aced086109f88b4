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
            List.of(Command.Option.list("--set", "PATH=VALUE", "a change, e.g. federalAction.warrant=JUDICIAL (repeatable)"),
                    Command.Option.choice("--format", "<format>", "text (default) or json (with both determinations)", "text", "json")),
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
        if ("json".equals(args.text("--format"))) {
            com.fasterxml.jackson.databind.node.ObjectNode o = JsonOut.object();
            o.set("changes", JsonOut.tree(changes));
            o.put("outcomeBefore", w.outcomeBefore().name()).put("outcomeAfter", w.outcomeAfter().name());
            o.set("reasonsGained", JsonOut.tree(w.reasonsGained()));
            o.set("reasonsLost", JsonOut.tree(w.reasonsLost()));
            o.set("citationsGained", JsonOut.tree(w.citationsGained()));
            o.set("citationsLost", JsonOut.tree(w.citationsLost()));
            o.set("before", JsonOut.determination(w.before()));
            o.set("after", JsonOut.determination(w.after()));
            out.println(JsonOut.print(o));
            return Main.OK;
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
