package io.lexfed.cli;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code lexfed authorities}: the authorities registry, optionally only what one doctrine's rules cite. */
final class AuthoritiesCommand {
    static final Command COMMAND = new Command("authorities",
            List.of("Lists the authorities registry: id, citation, rank, jurisdiction, dates in force, URL."), null,
            List.of(Command.Option.text("--doctrine", "D", null, "only the authorities cited by the rules of doctrine D")),
            Command.Engine.NOT_USED, AuthoritiesCommand::run);

    private AuthoritiesCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        String doctrine = args.text("--doctrine");
        Registry registry = Registry.load();
        Set<String> ids = new TreeSet<>(registry.authorities().keySet());
        Inputs.knownDoctrine(registry, doctrine);
        if (doctrine != null) {
            ids.clear();
            for (RuleInfo r : RuleBase.load(registry).rules().values()) {
                if (r.doctrine().equals(doctrine)) {
                    ids.addAll(r.cites());
                }
            }
        }
        ids.stream().map(id -> registry.authority(id).orElseThrow())
                .sorted(java.util.Comparator.comparing(Authority::rank).thenComparing(Authority::id))
                .forEach(a -> out.println(a.id() + "\t" + a.citation() + "\t" + a.rank() + "\t" + a.jurisdiction()
                        + "\t" + (a.inForceFrom() == null ? "" : "from " + a.inForceFrom())
                        + (a.inForceUntil() == null ? "" : " until " + a.inForceUntil()) + "\t" + (a.url() == null ? "" : a.url())));
        return Main.OK;
    }
}
