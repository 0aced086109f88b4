package io.lexfed.cli;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", description = "Lists the rules with their metadata: id, doctrine, section of the analysis, authorities cited.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--doctrine", paramLabel = "D", description = "only the rules of doctrine D")
    String doctrine;

    @Override
    public Integer call() {
        Registry registry = Registry.load();
        Inputs.knownDoctrine(registry, doctrine);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo r : RuleBase.load(registry).rules().values()) {
            if (doctrine == null || r.doctrine().equals(doctrine)) {
                out.println(r.name() + "\t" + r.doctrine() + "\t§" + r.analysis() + "\t" + String.join(", ", r.cites()));
            }
        }
        return Main.OK;
    }
}
