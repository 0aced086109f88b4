package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.registry.Rule;
import java.io.PrintWriter;
import java.util.List;

/** {@code lexfed rules}: the rules and their metadata, optionally of one doctrine. */
final class RulesCommand {
    static final Command COMMAND = new Command("rules",
            List.of("Lists the rules with their metadata: id, doctrine, section of the analysis, authorities cited."), null,
            List.of(Command.Option.text("--doctrine", "D", null, "only the rules of doctrine D"),
                    Command.Option.choice("--format", "<format>", "tsv (default: one tab-separated line each) or json", "tsv", "json")),
            Command.Engine.NOT_USED, RulesCommand::run);

    private RulesCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        String doctrine = args.text("--doctrine");
        Inputs.knownDoctrine(doctrine);
        boolean json = "json".equals(args.text("--format"));
        com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (Rule r : LexFed.rules()) {
            if (doctrine == null || r.doctrine().equals(doctrine)) {
                if (json) {
                    com.fasterxml.jackson.databind.node.ObjectNode o = all.addObject().put("rule", r.id()).put("doctrine", r.doctrine())
                            .put("analysis", r.analysis());
                    r.authorities().forEach(o.putArray("authorities")::add);
                } else {
                    out.println(r.id() + "\t" + r.doctrine() + "\t§" + r.analysis() + "\t" + String.join(", ", r.authorities()));
                }
            }
        }
        if (json) {
            out.println(all.toPrettyString());
        }
        return Main.OK;
    }
}
