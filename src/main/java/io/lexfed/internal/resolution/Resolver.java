package io.lexfed.internal.resolution;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Principle;
import io.lexfed.internal.facts.Conclusion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The legal model's combination algebra (docs/legal-model.md §7), written once and kept out of the
 * doctrine rules: how the conclusions that hold in one state of the facts and the law combine into
 * one outcome. Firm conclusions displace one another pairwise by what they say and the rank of their
 * layer. A conclusion LexFed leaves to the courts (UNSETTLED, with the firm outcomes it could be) is
 * tried with each: if all give the same outcome it did not matter, else the outcome is UNSETTLED.
 * What the facts leave open is {@link Worlds}'s to explore; this class sees one world at a time.
 */
public final class Resolver {
    /** One conclusion displaced by another under a principle. */
    public record Displacement(Conclusion loser, Conclusion winner, Principle principle) {
    }

    /** The outcome of one world, the conclusions that carried it and those displaced; a null outcome means no doctrine spoke. */
    public record Resolution(Outcome outcome, List<Conclusion> carrying, List<Displacement> displaced) {
    }

    static final Comparator<Conclusion> ORDER =
            Comparator.comparing(Conclusion::getLayer).thenComparing(Conclusion::getRule).thenComparing(Conclusion::getStatement);

    private Resolver() {
    }

    /**
     * The principle by which a conclusion ({@code a} at {@code la}) displaces another ({@code b} at
     * {@code lb}), or {@code null} when it does not.
     */
    public static Principle displaces(Layer la, Outcome a, Layer lb, Outcome b) {
        if (a == b || !a.isDeontic() || !b.isDeontic()) {
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

    /** Combines the conclusions that hold in one world into one outcome. */
    public static Resolution resolve(List<Conclusion> conclusions) {
        if (conclusions.isEmpty()) {
            return new Resolution(null, List.of(), List.of());
        }
        List<Conclusion> all = new ArrayList<>(conclusions);
        all.sort(ORDER);
        List<Conclusion> firm = new ArrayList<>(all.size());
        List<Conclusion> unsettled = new ArrayList<>();
        for (Conclusion c : all) {
            (c.isFirm() ? firm : unsettled).add(c);
        }
        Firm base = firm(firm);
        if (unsettled.isEmpty()) {
            return new Resolution(base.outcome, base.survivors, base.displaced);
        }
        // every firm outcome each unsettled conclusion could turn out to be, in turn
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        int[] pick = new int[unsettled.size()];
        List<List<Outcome>> choices = new ArrayList<>();
        for (Conclusion c : unsettled) {
            choices.add(new ArrayList<>(c.getPossible()));
        }
        while (true) {
            List<Conclusion> instance = new ArrayList<>(firm);
            for (int i = 0; i < unsettled.size(); i++) {
                Conclusion c = unsettled.get(i);
                instance.add(new Conclusion(c.getRule(), c.getLayer(), choices.get(i).get(pick[i]), Set.of(), c.getStatement()));
            }
            Outcome o = firm(instance).outcome;
            outcomes.add(o == null ? Outcome.UNSETTLED : o);
            int k = 0;
            while (k < pick.length && ++pick[k] == choices.get(k).size()) {
                pick[k++] = 0;
            }
            if (k == pick.length) {
                break;
            }
        }
        List<Conclusion> carrying = new ArrayList<>(base.survivors);
        carrying.addAll(unsettled);
        carrying.sort(ORDER);
        return new Resolution(outcomes.size() == 1 ? outcomes.iterator().next() : Outcome.UNSETTLED, carrying, base.displaced);
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
                Principle p = displaces(winner.getLayer(), winner.getOutcome(), loser.getLayer(), loser.getOutcome());
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
        return new Firm(said.size() == 1 ? said.iterator().next() : Outcome.UNSETTLED, survivors, displaced);
    }
}
