package io.lexfed.internal.resolution;

import io.lexfed.determination.Outcome;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.Literal;
import io.lexfed.internal.predicates.Context;
import io.lexfed.internal.predicates.Holds;
import io.lexfed.internal.predicates.Predicates;
import io.lexfed.internal.predicates.Value;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the facts and the law leave open, explored. The rules ran once, concluding what follows from
 * every value an open predicate could take; each conclusion holds only if the literals it matched
 * hold. Here the unknown facts those predicates wait on are given each value they can take, one at a
 * time and only while some conclusion still depends on them (combinations the catalogue calls
 * contradictory are skipped), and a contested question is answered both ways once no fact is left
 * to try. Each state so reached is a world, resolved by {@link Resolver}. The outcome is settled
 * when every world gives the same one; CONDITIONAL when an unknown fact changes it; UNSETTLED when
 * only contested law does. Exact with respect to the facts, so a settled outcome stays settled
 * whatever the unknown facts turn out to be. Not thread-safe: one exploration, one thread.
 */
public final class Worlds {
    /** Worlds beyond this many are not explored: the outcome is then CONDITIONAL on every fact still open. */
    static final int MAX_NODES = 20_000;

    /** A world: the conclusions that hold in it and their resolution. */
    public record World(List<Conclusion> holding, Resolver.Resolution resolution, Outcome outcome) {
    }

    /** A fact or contested question on which the outcome turned somewhere (one of the two is -1). */
    public record Pivot(int fact, int contested) {
    }

    /** The outcome over all worlds, the worlds, where the outcome turned, and whether every world was reached. */
    public record Result(Outcome outcome, List<World> worlds, List<Pivot> pivots, boolean complete) {
    }

    private final List<Conclusion> conclusions;
    private final Context context;
    private final List<World> worlds = new ArrayList<>();
    private final BitSet pivotFacts = new BitSet();
    private final BitSet pivotQuestions = new BitSet();
    private final BitSet assumed;
    private int nodes;
    private boolean complete = true;
    private final boolean record;
    private Memo memo;

    private Worlds(List<Conclusion> conclusions, Context context, boolean record) {
        this.conclusions = conclusions;
        this.context = context;
        this.record = record;
        this.assumed = new BitSet(Predicates.contested().size());
    }

    /** Explores the worlds of {@code conclusions} in {@code context}, keeping every world and pivot. */
    public static Result explore(List<Conclusion> conclusions, Context context) {
        Worlds w = new Worlds(conclusions, context, true);
        Outcome o = w.solve();
        List<Pivot> pivots = new ArrayList<>();
        w.pivotFacts.stream().forEach(f -> pivots.add(new Pivot(f, -1)));
        w.pivotQuestions.stream().forEach(q -> pivots.add(new Pivot(-1, q)));
        return new Result(o, List.copyOf(w.worlds), List.copyOf(pivots), w.complete);
    }

    /** Only the outcome over all worlds. */
    public static Outcome outcome(List<Conclusion> conclusions, Context context) {
        return new Worlds(conclusions, context, false).solve();
    }

    /**
     * Outcomes already found for states of the facts and assumptions, shared by the outcome-only
     * explorations of one assembly that differ in a fact or two (the outcome under each value of each
     * missing fact): the subtree below a state is explored once. Valid for one list of conclusions
     * and one way of evaluating (no presumption rebutted, assertions as they were).
     */
    public static final class Memo {
        private final java.util.Map<Key, Outcome> known = new java.util.HashMap<>();
        // the facts the conclusions' conditions read: the only ones a state is told apart by
        private final int[] facts;

        public Memo(List<Conclusion> conclusions) {
            BitSet read = new BitSet();
            for (Conclusion c : conclusions) {
                for (int code : c.condition()) {
                    read.or(Predicates.factsRead(Literal.predicate(code)));
                }
            }
            facts = read.stream().toArray();
        }

        private Key key(Context context) {
            int[] codes = new int[facts.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = context.codes()[facts[i]];
            }
            return new Key(codes, context.assumptions());
        }

        private record Key(int[] codes, byte[] assumptions) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && java.util.Arrays.equals(codes, k.codes) && java.util.Arrays.equals(assumptions, k.assumptions);
            }

            @Override
            public int hashCode() {
                return 31 * java.util.Arrays.hashCode(codes) + java.util.Arrays.hashCode(assumptions);
            }
        }
    }

    /** Only the outcome over all worlds, remembering the outcomes of the states it explores in {@code memo}. */
    public static Outcome outcome(List<Conclusion> conclusions, Context context, Memo memo) {
        Worlds w = new Worlds(conclusions, context, false);
        w.memo = memo;
        return w.solve();
    }

    /**
     * Whether some completion of the unknown facts (and some answer to the contested questions) makes
     * every literal of {@code condition} hold: a derivation whose condition no completion meets is
     * never shown, say an exposure for force that the facts given rule out.
     */
    public static boolean possible(int[] condition, Context context) {
        return possible(condition, context, new BitSet());
    }

    private static boolean possible(int[] condition, Context context, BitSet assumed) {
        int split = -1;
        int question = -1;
        for (int code : condition) {
            Value v = context.value(Literal.predicate(code));
            Holds wanted = Literal.negative(code) ? Holds.NO : Holds.YES;
            if (v.holds() == wanted) {
                continue;
            }
            if (v.holds().isKnown()) {
                return false;
            }
            if (v.holds() == Holds.UNKNOWN) {
                split = split < 0 ? v.firstWaiting() : split;
            } else if (question < 0) {
                for (long m = v.contestedMask(); m != 0 && question < 0; m &= m - 1) {
                    int q = Long.numberOfTrailingZeros(m);
                    question = assumed.get(q) ? -1 : q;
                }
            }
        }
        if (split >= 0) {
            try {
                for (int x : Predicates.domain(split)) {
                    context.set(split, x);
                    if (!Catalogue.contradictory(context.codes(), split) && possible(condition, context, assumed)) {
                        return true;
                    }
                }
                return false;
            } finally {
                context.set(split, Fact.UNKNOWN);
            }
        }
        if (question >= 0) {
            assumed.set(question);
            try {
                for (boolean b : new boolean[] {true, false}) {
                    context.assume(question, b);
                    if (possible(condition, context, assumed)) {
                        return true;
                    }
                }
                return false;
            } finally {
                context.assume(question, null);
                assumed.clear(question);
            }
        }
        return true;
    }

    private Outcome solve() {
        if (memo == null) {
            return search();
        }
        Memo.Key key = memo.key(context);
        Outcome known = memo.known.get(key);
        if (known == null) {
            known = search();
            memo.known.put(key, known);
        }
        return known;
    }

    private Outcome search() {
        List<Conclusion> holding = new ArrayList<>(conclusions.size());
        int split = -1;
        int question = -1;
        for (Conclusion c : conclusions) {
            boolean pending = false;
            boolean fails = false;
            for (int code : context.rebutting() ? c.conditionIfRebutted() : c.condition()) {
                Value v = context.value(Literal.predicate(code));
                Holds h = v.holds();
                Holds wanted = Literal.negative(code) ? Holds.NO : Holds.YES;
                if (h == wanted) {
                    continue;
                }
                if (h.isKnown()) {
                    fails = true;
                    break;
                }
                pending = true;
                if (h == Holds.UNKNOWN) {
                    int f = v.firstWaiting();
                    if (f < 0) {
                        throw new IllegalStateException("predicate " + Predicates.definitions().get(Literal.predicate(code)).id()
                                + " is UNKNOWN but waits on no fact");
                    }
                    split = split < 0 ? f : Math.min(split, f);
                } else {
                    for (long m = v.contestedMask(); m != 0; m &= m - 1) {
                        int q = Long.numberOfTrailingZeros(m);
                        if (!assumed.get(q)) {
                            question = question < 0 ? q : Math.min(question, q);
                        }
                    }
                }
            }
            if (!fails && !pending) {
                holding.add(c);
            }
        }
        if (split < 0 && question < 0) {
            Resolver.Resolution r = Resolver.resolve(holding);
            Outcome o = r.outcome() == null ? Outcome.UNSETTLED : r.outcome();
            if (record) {
                worlds.add(new World(List.copyOf(holding), r, o));
            }
            return o;
        }
        if (++nodes > MAX_NODES) {
            complete = false;
            return Outcome.CONDITIONAL;
        }
        return split >= 0 ? splitFact(split) : splitQuestion(question);
    }

    private Outcome splitFact(int f) {
        Outcome first = null;
        boolean differ = false;
        boolean anyConditional = false;
        for (int v : Predicates.domain(f)) {
            context.set(f, v);
            if (Catalogue.contradictory(context.codes(), f)) {
                continue;
            }
            Outcome o = solve();
            anyConditional |= o == Outcome.CONDITIONAL;
            if (first == null) {
                first = o;
            } else if (o != first) {
                differ = true;
            }
            if (!record && (differ || anyConditional)) {
                // only the outcome is wanted, and it is CONDITIONAL whatever the other values give
                break;
            }
        }
        context.set(f, Fact.UNKNOWN);
        if (first == null) {
            // a predicate waits on a fact that no value can fill beside the facts known: a definition defect
            throw new IllegalStateException("a predicate waits on " + Catalogue.fact(f).path() + ", which no value can take beside the facts known");
        }
        if (differ) {
            pivotFacts.set(f);
            return Outcome.CONDITIONAL;
        }
        return anyConditional ? Outcome.CONDITIONAL : first;
    }

    private Outcome splitQuestion(int q) {
        assumed.set(q);
        context.assume(q, true);
        Outcome yes = solve();
        if (!record && yes == Outcome.CONDITIONAL) {
            context.assume(q, null);
            assumed.clear(q);
            return yes;
        }
        context.assume(q, false);
        Outcome no = solve();
        context.assume(q, null);
        assumed.clear(q);
        if (yes == no) {
            return yes;
        }
        pivotQuestions.set(q);
        return yes == Outcome.CONDITIONAL || no == Outcome.CONDITIONAL ? Outcome.CONDITIONAL : Outcome.UNSETTLED;
    }
}
