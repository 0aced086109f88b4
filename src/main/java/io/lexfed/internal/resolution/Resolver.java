package io.lexfed.internal.resolution;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Principle;
import io.lexfed.internal.facts.Conclusion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The legal model's combination algebra (LEGAL-MODEL.md §4), written once and kept out of the
 * doctrine rules. Firm conclusions displace one another pairwise by what they say and the rank of
 * their layer; open conclusions (CONDITIONAL, UNSETTLED) are resolved by trying every firm answer
 * they could have: if all answers give the same outcome they were not decisive, otherwise the
 * outcome is CONDITIONAL on the pivotal unknown facts, or UNSETTLED when only contested law pivots.
 */
public final class Resolver {
    /** Open conclusions beyond this many are not enumerated; the outcome is then left UNSETTLED. */
    static final int MAX_OPEN = 12;

    /** One conclusion displaced by another under a principle; {@code winner} is null for NOT_DECISIVE. */
    public record Displacement(Conclusion loser, Conclusion winner, Principle principle) {
    }

    /** The outcome, the conclusions that carried it, those displaced, and the pivotal open ones. */
    public record Resolution(Outcome outcome, List<Conclusion> carrying, List<Displacement> displaced, List<Conclusion> pivotal) {
    }

    private static final Comparator<Conclusion> ORDER =
            Comparator.comparing(Conclusion::getLayer).thenComparing(Conclusion::getRule).thenComparing(Conclusion::getStatement);

    private Resolver() {
    }

    /**
     * The principle by which a conclusion ({@code a} at {@code la}) displaces another ({@code b} at
     * {@code lb}), or {@code null} when it does not. A contested conclusion never displaces.
     */
    public static Principle displaces(Layer la, Outcome a, boolean aContested, Layer lb, Outcome b) {
        if (aContested || a == b || !a.isDeontic() || !b.isDeontic()) {
            return null;
        }
        boolean higher = la.outranks(lb);
        boolean lower = lb.outranks(la);
        return switch (a) {
            case PROHIBITED -> higher ? Principle.SUPREMACY : lower && b == Outcome.PERMITTED ? Principle.PERMISSION_IS_NOT_COMMAND : null;
            case REQUIRED -> b == Outcome.PERMITTED ? (lower ? Principle.STATE_MAY_DIRECT_ITS_OFFICERS : Principle.DUTY_INCLUDES_PERMISSION)
                    : higher ? Principle.VALID_HIGHER_COMMAND : null;
            default -> null;
        };
    }

    /** Combines a set of conclusions into one outcome. An empty set has no outcome (null). */
    public static Resolution resolve(List<Conclusion> conclusions) {
        if (conclusions.isEmpty()) {
            return new Resolution(null, List.of(), List.of(), List.of());
        }
        List<Conclusion> all = new ArrayList<>(conclusions);
        all.sort(ORDER);
        List<Conclusion> firm = new ArrayList<>(all.size());
        List<Conclusion> open = new ArrayList<>();
        for (Conclusion c : all) {
            (c.isFirm() ? firm : open).add(c);
        }
        Firm base = firm(firm);
        if (open.isEmpty()) {
            return new Resolution(base.outcome, base.survivors, base.displaced, List.of());
        }
        if (open.size() > MAX_OPEN) {
            return new Resolution(Outcome.UNSETTLED, all, List.of(), open);
        }
        List<List<Outcome>> choices = new ArrayList<>(open.size());
        int[] sizes = new int[open.size()];
        for (int i = 0; i < open.size(); i++) {
            choices.add(choices(open.get(i)));
            sizes[i] = choices.get(i).size();
        }
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        List<int[]> assignments = assignments(sizes);
        List<Outcome> results = new ArrayList<>();
        for (int[] pick : assignments) {
            Outcome o = firm(instantiate(firm, open, choices, pick)).outcome;
            // a branch in which every layer is silent decides nothing
            o = o == null ? Outcome.UNSETTLED : o;
            results.add(o);
            outcomes.add(o);
        }
        List<Displacement> displaced = new ArrayList<>(base.displaced);
        if (outcomes.size() == 1) {
            open.forEach(c -> displaced.add(new Displacement(c, null, Principle.NOT_DECISIVE)));
            List<Conclusion> carrying = base.survivors.isEmpty() ? open : base.survivors;
            if (base.survivors.isEmpty()) {
                displaced.removeIf(d -> d.principle() == Principle.NOT_DECISIVE);
            }
            return new Resolution(outcomes.iterator().next(), carrying, displaced, List.of());
        }
        Set<Conclusion> pivotal = new LinkedHashSet<>();
        for (int i = 0; i < open.size(); i++) {
            if (pivots(i, assignments, results)) {
                pivotal.add(open.get(i));
            }
        }
        for (Conclusion c : open) {
            if (!pivotal.contains(c)) {
                displaced.add(new Displacement(c, null, Principle.NOT_DECISIVE));
            }
        }
        boolean factsPivot = pivotal.stream().anyMatch(c -> c.getOutcome() == Outcome.CONDITIONAL);
        List<Conclusion> carrying = new ArrayList<>(base.survivors);
        carrying.addAll(pivotal);
        carrying.sort(ORDER);
        return new Resolution(factsPivot ? Outcome.CONDITIONAL : Outcome.UNSETTLED, carrying, displaced,
                List.copyOf(pivotal));
    }

    // An open conclusion pivots when changing only its answer changes the outcome.
    private static boolean pivots(int i, List<int[]> assignments, List<Outcome> results) {
        for (int a = 0; a < assignments.size(); a++) {
            for (int b = a + 1; b < assignments.size(); b++) {
                if (differOnlyAt(assignments.get(a), assignments.get(b), i) && results.get(a) != results.get(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean differOnlyAt(int[] x, int[] y, int i) {
        for (int k = 0; k < x.length; k++) {
            if ((k == i) == (x[k] == y[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> assignments(int[] sizes) {
        List<int[]> out = new ArrayList<>();
        int[] cur = new int[sizes.length];
        while (true) {
            out.add(cur.clone());
            int k = 0;
            while (k < sizes.length && ++cur[k] == sizes[k]) {
                cur[k++] = 0;
            }
            if (k == sizes.length) {
                return out;
            }
        }
    }

    // The firm answers an open conclusion could have; null stands for "this layer says nothing".
    private static List<Outcome> choices(Conclusion c) {
        List<Outcome> out = new ArrayList<>(EnumSet.copyOf(c.getPossible()));
        if (c.isMayBeSilent()) {
            out.add(null);
        }
        return out;
    }

    private static List<Conclusion> instantiate(List<Conclusion> firm, List<Conclusion> open, List<List<Outcome>> choices, int[] pick) {
        List<Conclusion> out = new ArrayList<>(firm);
        for (int i = 0; i < open.size(); i++) {
            Conclusion c = open.get(i);
            if (choices.get(i).get(pick[i]) == null) {
                continue;
            }
            // an open conclusion marked contested stays contested in every branch it could take
            out.add(new Conclusion(c.getRule(), c.getLayer(), choices.get(i).get(pick[i]), Set.of(), c.isContested(), c.getStatement(), List.of()));
        }
        return out;
    }

    private record Firm(Outcome outcome, List<Conclusion> survivors, List<Displacement> displaced) {
    }

    private static Firm firm(List<Conclusion> firm) {
        List<Conclusion> survivors = new ArrayList<>();
        List<Displacement> displaced = new ArrayList<>();
        for (Conclusion loser : firm) {
            Displacement best = null;
            for (Conclusion winner : firm) {
                if (winner == loser) {
                    continue;
                }
                Principle p = displaces(winner.getLayer(), winner.getOutcome(), winner.isContested(), loser.getLayer(), loser.getOutcome());
                if (p != null && (best == null || ORDER.compare(winner, best.winner()) < 0)) {
                    best = new Displacement(loser, winner, p);
                }
            }
            if (best == null) {
                survivors.add(loser);
            } else {
                displaced.add(best);
            }
        }
        if (survivors.isEmpty()) {
            return new Firm(null, survivors, displaced);
        }
        Set<Outcome> said = EnumSet.noneOf(Outcome.class);
        survivors.forEach(c -> said.add(c.getOutcome()));
        boolean allContested = true;
        for (Conclusion c : survivors) {
            allContested &= c.isContested();
        }
        Outcome outcome = said.size() == 1 && !allContested ? said.iterator().next() : Outcome.UNSETTLED;
        return new Firm(outcome, survivors, displaced);
    }
}
