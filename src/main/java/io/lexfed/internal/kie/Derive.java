package io.lexfed.internal.kie;

import io.lexfed.determination.ExposureKind;
import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.facts.ArgumentNode;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.ExposureFact;
import io.lexfed.internal.facts.Finding;
import io.lexfed.internal.facts.Holds;
import io.lexfed.internal.facts.Note;
import io.lexfed.internal.facts.Predicate;
import io.lexfed.internal.facts.Unresolved;
import io.lexfed.scenario.Truth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper rule consequences use to derive facts. It stamps each derived fact with the
 * firing rule's name, so doctrine, section and citations come only from the rule's metadata.
 */
public final class Derive {
    private Derive() {
    }

    private static String rule(RuleContext k) {
        return k.getRule().getName();
    }

    // A match holds a handful of facts, so their nodes are sorted and deduplicated in a small array
    // rather than through a TreeSet.
    private static <T extends io.lexfed.internal.facts.Derived> T based(RuleContext k, T derived) {
        List<Object> matched = k.getMatch().getObjects();
        String[] nodes = new String[matched.size()];
        int n = 0;
        for (Object o : matched) {
            if (o instanceof ArgumentNode a) {
                nodes[n++] = a.node();
            }
        }
        Arrays.sort(nodes, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || !nodes[i].equals(nodes[distinct - 1])) {
                nodes[distinct++] = nodes[i];
            }
        }
        derived.setBasis(distinct == nodes.length ? List.of(nodes) : List.of(Arrays.copyOf(nodes, distinct)));
        return derived;
    }

    /** A predicate finding; the missing facts are kept only when the value is UNKNOWN. */
    public static Finding finding(RuleContext k, Predicate p, Holds h, String statement, String... missingIfUnknown) {
        return findingWaitingOn(k, p, h, statement, List.of(missingIfUnknown));
    }

    /**
     * A predicate finding whose value is a scenario fact read as is. The statement is the
     * proposition; the finding says whether it holds and which fact says so.
     */
    public static Finding reading(RuleContext k, Predicate p, Truth t, String statement, String factPath) {
        String proposition = statement.endsWith(".") ? statement.substring(0, statement.length() - 1) : statement;
        String said = "Whether " + Character.toLowerCase(proposition.charAt(0)) + proposition.substring(1) + ": "
                + Truth.orUnknown(t) + " (" + factPath + ").";
        return finding(k, p, Holds.of(t), said, factPath);
    }

    /** A predicate finding that waits on the given facts when UNKNOWN. */
    public static Finding findingWaitingOn(RuleContext k, Predicate p, Holds h, String statement, Collection<String> missing) {
        return based(k, new Finding(rule(k), p, h, statement, h == Holds.UNKNOWN ? sorted(missing) : List.of()));
    }

    /** A firm conclusion: REQUIRED, PERMITTED or PROHIBITED at a layer of law. */
    public static Conclusion conclude(RuleContext k, Layer layer, Outcome outcome, String statement) {
        return based(k, new Conclusion(rule(k), layer, outcome, Set.of(), false, statement, List.of()));
    }

    /** A firm conclusion whose constitutional force is disputed in the courts. */
    public static Conclusion contested(RuleContext k, Layer layer, Outcome outcome, String statement) {
        return based(k, new Conclusion(rule(k), layer, outcome, Set.of(), true, statement, List.of()));
    }

    /** A conclusion that turns on unknown facts; {@code possible} are the firm outcomes it could be. */
    public static Conclusion conditional(RuleContext k, Layer layer, String statement, Collection<String> missing,
                                         Outcome... possible) {
        return based(k, new Conclusion(rule(k), layer, Outcome.CONDITIONAL, EnumSet.of(possible[0], possible), false, statement,
                sorted(missing)));
    }

    /**
     * A conclusion that turns on whether a law exists: if it does, the outcome is {@code outcome};
     * if it does not, this layer says nothing (which is not the same as permitting).
     */
    public static Conclusion conditionalLaw(RuleContext k, Layer layer, String statement, Collection<String> missing,
                                            Outcome outcome) {
        return based(k, new Conclusion(rule(k), layer, Outcome.CONDITIONAL, EnumSet.of(outcome), false, true, statement, sorted(missing)));
    }

    /**
     * Like {@link #conditionalLaw}, for a law whose force is itself contested in the courts when it
     * applies (e.g. 8 U.S.C. 1373 if the information turns out to be immigration status).
     */
    public static Conclusion conditionalContestedLaw(RuleContext k, Layer layer, String statement, Collection<String> missing,
                                                     Outcome outcome) {
        return based(k, new Conclusion(rule(k), layer, Outcome.CONDITIONAL, EnumSet.of(outcome), true, true, statement, sorted(missing)));
    }

    /** A conclusion the courts have not settled; {@code possible} are the firm outcomes it could be. */
    public static Conclusion unsettled(RuleContext k, Layer layer, String statement, Outcome... possible) {
        return based(k, new Conclusion(rule(k), layer, Outcome.UNSETTLED, EnumSet.of(possible[0], possible), false, statement, List.of()));
    }

    public static ExposureFact exposure(RuleContext k, ExposureKind kind, String statement) {
        return based(k, new ExposureFact(rule(k), kind, statement));
    }

    public static Note note(RuleContext k, String statement) {
        return based(k, new Note(rule(k), statement));
    }

    public static Unresolved unresolved(RuleContext k, String statement) {
        return based(k, new Unresolved(rule(k), statement));
    }

    /** A list of fact paths, for rules that name what they wait on. */
    public static List<String> facts(String... paths) {
        return List.of(paths);
    }

    /** The union of several findings' missing facts. */
    public static List<String> union(Collection<? extends Collection<String>> lists) {
        TreeSet<String> all = new TreeSet<>();
        lists.forEach(all::addAll);
        return List.copyOf(all);
    }

    private static List<String> sorted(Collection<String> missing) {
        return List.copyOf(new TreeSet<>(missing));
    }
}
