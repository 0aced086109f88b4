package io.lexfed.internal.analysis;

import io.lexfed.analysis.Alternative;
import io.lexfed.analysis.DecidingFact;
import io.lexfed.analysis.FactChange;
import io.lexfed.analysis.Flip;
import io.lexfed.analysis.MinimalFlips;
import io.lexfed.analysis.WhatIf;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Reason;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What would change the answer, computed by evaluating variants of the scenario — never written by
 * hand. Stateless apart from the functions it is given; thread-safe when they are.
 */
public final class Analyst {
    private final Function<Scenario, Determination> evaluate;

    /** @param evaluate the engine */
    public Analyst(Function<Scenario, Determination> evaluate) {
        this.evaluate = evaluate;
    }

    public WhatIf whatIf(Scenario s, List<FactChange> changes) {
        Determination before = evaluate.apply(s);
        Determination after = evaluate.apply(FactSlots.apply(s, changes));
        Set<String> rb = reasons(before);
        Set<String> ra = reasons(after);
        Set<String> cb = citations(before);
        Set<String> ca = citations(after);
        return new WhatIf(changes, before, after, before.outcome(), after.outcome(), minus(ra, rb), minus(rb, ra), minus(ca, cb), minus(cb, ca));
    }

    /**
     * Every unknown fact that can change the outcome, with the outcome under each of its values, most
     * narrowing first: the determination's missing facts, which the resolution found by exploring
     * what the facts leave open. Empty when the outcome is settled, since no unknown fact changes it.
     */
    public List<DecidingFact> decidingFacts(Scenario s) {
        Determination base = evaluate.apply(s);
        java.util.Map<String, String> doctrineOf = new java.util.HashMap<>();
        base.reasons().forEach(r -> doctrineOf.put(r.rule(), r.doctrine()));
        base.overridden().forEach(o -> doctrineOf.put(o.conclusion().rule(), o.conclusion().doctrine()));
        List<DecidingFact> out = new ArrayList<>();
        for (MissingFact m : base.missingFacts()) {
            List<Alternative> alternatives = m.ifValue().stream().map(o -> new Alternative(o.value(), o.outcome())).toList();
            long settling = alternatives.stream().filter(a -> a.outcome() != Outcome.CONDITIONAL).count();
            Set<String> doctrines = new TreeSet<>();
            // a deciding rule not among the reasons shown still names its doctrine in its id
            m.decides().forEach(rule -> doctrines.add(doctrineOf.getOrDefault(rule, rule.substring(0, Math.max(0, rule.indexOf('/'))))));
            out.add(new DecidingFact(m.fact(), m.question(), List.copyOf(doctrines), alternatives,
                    alternatives.isEmpty() ? 0 : (double) settling / alternatives.size()));
        }
        out.sort(Comparator.comparingDouble(DecidingFact::narrowing).reversed()
                .thenComparing((DecidingFact f) -> -distinctOutcomes(f)).thenComparing(DecidingFact::fact));
        return out;
    }

    private static long distinctOutcomes(DecidingFact f) {
        return f.alternatives().stream().map(Alternative::outcome).distinct().count();
    }

    /**
     * Single changes that flip the outcome, then pairs of changes that flip it where neither does
     * alone, examining at most {@code maxVariants} variants in a fixed order (fact slots as declared,
     * values as declared), so the same scenario always gives the same flips, whatever the load.
     */
    public MinimalFlips minimalFlips(Scenario s, int maxVariants) {
        if (maxVariants < 0) {
            throw new IllegalArgumentException("maxVariants must be at least 0, was " + maxVariants);
        }
        return search(s, maxVariants);
    }

    private MinimalFlips search(Scenario s, int maxVariants) {
        Determination base = evaluate.apply(s);
        List<FactChange> quiet = new ArrayList<>();
        List<Flip> flips = new ArrayList<>();
        int evaluated = 0;
        boolean complete = true;
        singles:
        for (FactSlots.Slot slot : FactSlots.all()) {
            String current = FactSlots.valueOf(s, slot.path());
            for (String v : slot.values()) {
                if (v.equals(current)) {
                    continue;
                }
                if (evaluated >= maxVariants) {
                    complete = false;
                    break singles;
                }
                FactChange c = new FactChange(slot.path(), v);
                Outcome o = outcome(s, List.of(c));
                evaluated++;
                if (o == null) {
                    continue;
                }
                if (o != base.outcome()) {
                    flips.add(new Flip(List.of(c), o));
                } else {
                    quiet.add(c);
                }
            }
        }
        pairs:
        for (int i = 0; complete && i < quiet.size(); i++) {
            for (int j = i + 1; j < quiet.size(); j++) {
                if (quiet.get(i).path().equals(quiet.get(j).path())) {
                    continue;
                }
                if (evaluated >= maxVariants) {
                    complete = false;
                    break pairs;
                }
                Outcome o = outcome(s, List.of(quiet.get(i), quiet.get(j)));
                evaluated++;
                if (o != null && o != base.outcome()) {
                    flips.add(new Flip(List.of(quiet.get(i), quiet.get(j)), o));
                }
            }
        }
        return new MinimalFlips(base.outcome(), flips, complete, evaluated);
    }

    private Outcome outcome(Scenario s, List<FactChange> changes) {
        try {
            return evaluate.apply(FactSlots.apply(s, changes)).outcome();
        } catch (InvalidScenarioException contradiction) {
            return null;
        }
    }

    private static Set<String> reasons(Determination d) {
        Set<String> out = new TreeSet<>();
        for (Reason r : d.reasons()) {
            out.add(r.rule());
        }
        return out;
    }

    private static Set<String> citations(Determination d) {
        Set<String> out = new TreeSet<>();
        for (Citation c : d.citations()) {
            out.add(c.id());
        }
        return out;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return List.copyOf(out);
    }
}
