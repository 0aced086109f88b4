package io.lexfed.internal.facts;

import java.util.List;
import java.util.Objects;

/** A derived legal predicate with its value. */
public final class Finding extends Derived implements ArgumentNode {
    // every derivation records the nodes it rests on; the ids are spelled once per predicate and value
    private static final String[][] NODES = new String[Predicate.values().length][Holds.values().length];

    static {
        for (Predicate p : Predicate.values()) {
            for (Holds h : Holds.values()) {
                NODES[p.ordinal()][h.ordinal()] = "predicate:" + p + "=" + h;
            }
        }
    }

    private final Predicate predicate;
    private final Holds holds;

    public Finding(String rule, Predicate predicate, Holds holds, String statement, List<String> missing) {
        super(rule, statement, missing);
        this.predicate = Objects.requireNonNull(predicate);
        this.holds = Objects.requireNonNull(holds);
    }

    public Predicate getPredicate() {
        return predicate;
    }

    public Holds getHolds() {
        return holds;
    }

    /** This finding's node in the argument map. */
    @Override
    public String node() {
        return NODES[predicate.ordinal()][holds.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.predicate == predicate && f.holds == holds && sameDerivation(f);
    }

    @Override
    protected int computeHash() {
        return Objects.hash(predicate, holds, derivationHash());
    }

    @Override
    public String toString() {
        return "Finding[" + predicate + "=" + holds + " by " + getRule() + "]";
    }
}
