package io.lexfed.cli;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "authorities", description = "Lists the authorities registry: id, citation, rank, jurisdiction, dates in force, URL.")
final class AuthoritiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--doctrine", paramLabel = "D", description = "only the authorities cited by the rules of doctrine D")
    String doctrine;

    @Override
    public Integer call() {
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
        PrintWriter out = spec.commandLine().getOut();
        ids.stream().map(id -> registry.authority(id).orElseThrow())
                .sorted(java.util.Comparator.comparing(Authority::rank).thenComparing(Authority::id))
                .forEach(a -> out.println(a.id() + "\t" + a.citation() + "\t" + a.rank() + "\t" + a.jurisdiction()
                        + "\t" + (a.inForceFrom() == null ? "" : "from " + a.inForceFrom())
                        + (a.inForceUntil() == null ? "" : " until " + a.inForceUntil()) + "\t" + (a.url() == null ? "" : a.url())));
        return Main.OK;
    }
}
