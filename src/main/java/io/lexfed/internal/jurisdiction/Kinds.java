package io.lexfed.internal.jurisdiction;

import io.lexfed.internal.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of provision declared in {@code rules/jurisdictions/kinds.yaml}, in file order. It checks
 * them against the fact catalogue: every fact a kind sets exists under {@code stateLaw} (and under
 * {@code localPolicy} for a kind a locality may have), and each kind that takes its value from a
 * provision's status (a kind of state immigration crime) is a state kind with a fact of its own.
 */
public record Kinds(List<ProvisionKind> all) {
    /** The file's name beside the jurisdiction files. */
    static final String FILE = "kinds.yaml";

    public Kinds {
        all = List.copyOf(all);
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ProvisionKind k : all) {
            if (!names.add(k.name())) {
                problems.add("kind " + k + " is declared twice");
            }
            if (k.field() != null && Catalogue.fact("stateLaw." + k.field()).isEmpty()) {
                problems.add("kind " + k + " sets stateLaw." + k.field() + ", which rules/facts.yaml does not declare");
            }
            if (k.isLocal() && Catalogue.fact("localPolicy." + k.field()).isEmpty()) {
                problems.add("kind " + k + " is local but localPolicy." + k.field() + " is not in rules/facts.yaml");
            }
        }
        Set<String> statusFields = new HashSet<>();
        for (ProvisionKind k : all) {
            if (k.value() == ProvisionKind.Value.STATUS && (k.isLocal() || !statusFields.add(k.field()))) {
                problems.add("kind " + k + " takes its value from a provision's status, so it must be a state kind setting a fact no other kind sets");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": " + String.join("; ", problems));
        }
    }

    /** The kind of that name; unknown names are a data error that names the file. */
    public ProvisionKind named(String name) {
        for (ProvisionKind k : all) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown provision kind " + name + " (rules/jurisdictions/" + FILE + " declares "
                + all.stream().map(ProvisionKind::name).toList() + ")");
    }

    /** Its position in file order, as the snapshot stores it. */
    int indexOf(ProvisionKind k) {
        return all.indexOf(k);
    }
}
