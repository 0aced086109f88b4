package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.registry.Authority;
import io.lexfed.registry.Rule;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code lexfed authorities}: the authorities registry, optionally only what one doctrine's rules cite. */
final class AuthoritiesCommand {
    static final Command COMMAND = new Command("authorities",
            List.of("Lists the authorities registry: id, citation, rank, jurisdiction, dates in force, URL."), null,
            List.of(Command.Option.text("--doctrine", "D", null, "only the authorities cited by the rules of doctrine D"),
                    Command.Option.choice("--format", "<format>", "tsv (default: one tab-separated line each) or json", "tsv", "json")),
            Command.Engine.NOT_USED, AuthoritiesCommand::run);

    private AuthoritiesCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        String doctrine = args.text("--doctrine");
        Inputs.knownDoctrine(doctrine);
        List<Authority> listed = LexFed.authorities();
        if (doctrine != null) {
            Set<String> cited = new HashSet<>();
            for (Rule r : LexFed.rules()) {
                if (r.doctrine().equals(doctrine)) {
                    cited.addAll(r.authorities());
                }
            }
            listed = listed.stream().filter(a -> cited.contains(a.id())).toList();
        }
        if ("json".equals(args.text("--format"))) {
            com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (Authority a : listed) {
                com.fasterxml.jackson.databind.node.ObjectNode o = all.addObject();
                o.put("id", a.id()).put("citation", a.citation()).put("kind", a.kind()).put("rank", a.rank())
                        .put("jurisdiction", a.jurisdiction()).put("date", a.date() == null ? null : a.date().toString())
                        .put("inForceFrom", a.inForceFrom() == null ? null : a.inForceFrom().toString())
                        .put("inForceUntil", a.inForceUntil() == null ? null : a.inForceUntil().toString()).put("url", a.url());
            }
            out.println(all.toPrettyString());
            return Main.OK;
        }
        listed.forEach(a -> out.println(a.id() + "\t" + a.citation() + "\t" + a.rank() + "\t" + a.jurisdiction()
                + "\t" + (a.inForceFrom() == null ? "" : "from " + a.inForceFrom())
                + (a.inForceUntil() == null ? "" : " until " + a.inForceUntil()) + "\t" + (a.url() == null ? "" : a.url())));
        return Main.OK;
    }
}
