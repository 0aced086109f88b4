package io.lexfed.internal.predicates;

import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The legal predicates of {@code rules/predicates/}, compiled by the build, and their evaluation in
 * four-valued logic. Each predicate is computed from its elements; an UNKNOWN value knows the facts
 * it waits on because every leaf names its fact, so nothing here or in the rules writes down what a
 * predicate waits on. A predicate a user may assert (e.g. that the agent acted within federal
 * authority) takes the assertion only where its elements leave it UNKNOWN. Immutable and
 * thread-safe; evaluations keep their state in a {@link Context}.
 */
public final class Predicates {
    private static final Map<String, Definition> BY_ID = byId();
    private static final int[][] DOMAINS = domains();
    private static final int[][] REFERENCES = references();
    private static final BitSet[] FACTS_READ_DIRECTLY = factsReadDirectly();
    private static final BitSet[] FACTS_READ = factsRead();
    private static final int[][] DEPENDENTS_OF_FACT = dependents(Catalogue.size(), (p, f) -> FACTS_READ[p].get(f));
    private static final int[][] DEPENDENTS_OF_QUESTION = dependents(PredicateData.CONTESTED.size(), Predicates::asks);
    private static final int[][] DEPENDENTS_OF_PRESUMPTION = dependents(PredicateData.PRESUMPTIONS.size(), Predicates::presumes);

    private Predicates() {
    }

    /** Every predicate, in definition order (by doctrine file, then as written). */
    public static List<Definition> definitions() {
        return PredicateData.DEFINITIONS;
    }

    public static Optional<Definition> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The presumptions, by index. */
    public static List<Element> presumptions() {
        return PredicateData.PRESUMPTIONS;
    }

    /** The exceptions, by index. */
    public static List<Element> exceptions() {
        return PredicateData.EXCEPTIONS;
    }

    /** The contested questions, by index. */
    public static List<Element> contested() {
        return PredicateData.CONTESTED;
    }

    /** The dated authorities the predicates ask about (by the index {@code inForce} nodes use). */
    public static List<String> askedInForce() {
        return PredicateData.IN_FORCE;
    }

    /** The court decisions that answer contested questions where they bind, by index. */
    public static List<Decision> decisions() {
        return PredicateData.DECISIONS;
    }

    // each question's decisions, in order: a question's decisions travel as a 64-bit mask over this list (Context)
    private static final int[][] DECISIONS_OF = decisionsOf(PredicateData.DECISIONS, PredicateData.CONTESTED.size());

    private static int[][] decisionsOf(List<Decision> decisions, int questions) {
        int[][] of = new int[questions][];
        for (int q = 0; q < questions; q++) {
            final int question = q;
            of[q] = java.util.stream.IntStream.range(0, decisions.size()).filter(i -> decisions.get(i).question() == question).toArray();
            if (of[q].length > Long.SIZE) {
                throw new IllegalStateException("contested question " + q + " names " + of[q].length + " decisions; at most " + Long.SIZE + " fit the mask that carries them");
            }
        }
        return of;
    }

    /** The decisions that answer contested question {@code q} (indices into {@link #decisions()}), in order: bit j of a mask of its decisions is the j-th. */
    public static int[] decisionsOf(int q) {
        return DECISIONS_OF[q];
    }

    /**
     * A context for evaluating the predicates of one scenario: its facts' codes, actor, action, which
     * of the authorities the predicates ask about ({@link #askedInForce()}) are in force on the date of
     * the events (bit i for authority i), and how the courts have answered each contested question
     * there and then: {@code rulings[q]} is {@link #OPEN}, {@link #HOLDS_YES} or {@link #HOLDS_NO}, and
     * {@code decidedBy[q]} the decisions that answer it (bit j for the j-th of {@link #decisionsOf(int) its decisions}).
     */
    public static Context context(int[] codes, Actor actor, Action action, BitSet inForce, byte[] rulings, long[] decidedBy) {
        return new Context(codes, actor, action, inForce, rulings, decidedBy);
    }

    /** A contested question no decision answers where and when the events happened. */
    public static final byte OPEN = 0;
    /** A contested question the courts answer YES there and then. */
    public static final byte HOLDS_YES = 1;
    /** A contested question the courts answer NO there and then. */
    public static final byte HOLDS_NO = 2;

    static Value evaluate(Context c, int index) {
        Definition d = PredicateData.DEFINITIONS.get(index);
        Value v = d.node().eval(c);
        if (d.assertedBy() >= 0 && c.assertions && v.holds() == Holds.UNKNOWN) {
            int a = c.codes[d.assertedBy()];
            if (a != Fact.UNKNOWN) {
                return v.asAsserted(a == 0 ? Holds.YES : Holds.NO);
            }
        }
        return v;
    }

    /**
     * The codes worth trying for a fact when the resolution asks what an unknown one could be: every
     * value of a truth or an enumerated fact; for a count, a value on each side of every threshold
     * a predicate compares it with.
     */
    public static int[] domain(int fact) {
        return DOMAINS[fact];
    }

    /** The predicates a predicate's definition refers to directly, by index. */
    public static int[] references(int predicate) {
        return REFERENCES[predicate];
    }

    /** The facts (catalogue indices) a predicate reads, through the predicates it refers to as well. Do not modify. */
    public static BitSet factsRead(int predicate) {
        return FACTS_READ[predicate];
    }

    /** The facts (catalogue indices) a predicate's own definition reads, not through other predicates. Do not modify. */
    public static BitSet factsReadDirectly(int predicate) {
        return FACTS_READ_DIRECTLY[predicate];
    }

    private static BitSet[] factsRead() {
        BitSet[] out = new BitSet[FACTS_READ_DIRECTLY.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = closure(i, FACTS_READ_DIRECTLY, new BitSet());
        }
        return out;
    }

    private static BitSet[] factsReadDirectly() {
        BitSet[] direct = new BitSet[PredicateData.DEFINITIONS.size()];
        for (Definition d : PredicateData.DEFINITIONS) {
            BitSet read = new BitSet();
            d.node().visit(n -> {
                if (n instanceof Node.Truth t) {
                    read.set(t.fact);
                } else if (n instanceof Node.Is i) {
                    read.set(i.fact);
                } else if (n instanceof Node.AtMost m) {
                    read.set(m.fact);
                }
            });
            if (d.assertedBy() >= 0) {
                read.set(d.assertedBy());
            }
            direct[d.index()] = read;
        }
        return direct;
    }

    private static BitSet closure(int i, BitSet[] direct, BitSet seen) {
        BitSet out = (BitSet) direct[i].clone();
        seen.set(i);
        for (int r : REFERENCES[i]) {
            if (!seen.get(r)) {
                out.or(closure(r, direct, seen));
            }
        }
        return out;
    }

    /** The predicates whose value may change with fact {@code f}. */
    static int[] dependentsOfFact(int f) {
        return DEPENDENTS_OF_FACT[f];
    }

    /** The predicates whose value may change with the answer to contested question {@code q}. */
    static int[] dependentsOfQuestion(int q) {
        return DEPENDENTS_OF_QUESTION[q];
    }

    /** The predicates whose value may change when presumption {@code p} is rebutted. */
    static int[] dependentsOfPresumption(int p) {
        return DEPENDENTS_OF_PRESUMPTION[p];
    }

    private static int[][] dependents(int n, java.util.function.BiPredicate<Integer, Integer> dependsOn) {
        int[][] out = new int[n][];
        for (int x = 0; x < n; x++) {
            final int item = x;
            out[x] = PredicateData.DEFINITIONS.stream().mapToInt(Definition::index).filter(p -> dependsOn.test(p, item)).toArray();
        }
        return out;
    }

    // whether predicate p's definition, or one it refers to, asks contested question q
    private static boolean asks(int p, int q) {
        return reaches(p, n -> n instanceof Node.Contested c && c.question == q);
    }

    // whether predicate p's definition, or one it refers to, makes presumption q
    private static boolean presumes(int p, int q) {
        return reaches(p, n -> n instanceof Node.Presume x && x.presumption == q);
    }

    // whether predicate p's definition, or one it refers to, holds a node that matches
    private static boolean reaches(int p, java.util.function.Predicate<Node> matches) {
        boolean[] found = {false};
        PredicateData.DEFINITIONS.get(p).node().visit(n -> found[0] |= matches.test(n));
        if (found[0]) {
            return true;
        }
        for (int r : REFERENCES[p]) {
            if (reaches(r, matches)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Definition> byId() {
        Map<String, Definition> m = new HashMap<>();
        PredicateData.DEFINITIONS.forEach(d -> m.put(d.id(), d));
        return Map.copyOf(m);
    }

    private static int[][] domains() {
        Map<Integer, TreeSet<Integer>> thresholds = new HashMap<>();
        for (Definition d : PredicateData.DEFINITIONS) {
            d.node().visit(n -> {
                if (n instanceof Node.AtMost m) {
                    TreeSet<Integer> t = thresholds.computeIfAbsent(m.fact, k -> new TreeSet<>(List.of(0)));
                    t.add(m.n);
                    t.add(m.n + 1);
                }
            });
        }
        int[][] out = new int[Catalogue.size()][];
        for (Fact f : Catalogue.facts()) {
            out[f.index()] = f.type() == Fact.Type.COUNT
                    ? thresholds.getOrDefault(f.index(), new TreeSet<>(List.of(0))).stream().mapToInt(Integer::intValue).toArray()
                    : java.util.stream.IntStream.range(0, f.values().size()).toArray();
        }
        return out;
    }

    private static int[][] references() {
        int[][] out = new int[PredicateData.DEFINITIONS.size()][];
        for (Definition d : PredicateData.DEFINITIONS) {
            TreeSet<Integer> refs = new TreeSet<>();
            d.node().visit(n -> {
                if (n instanceof Node.Ref r) {
                    refs.add(r.predicate);
                }
            });
            out[d.index()] = refs.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
