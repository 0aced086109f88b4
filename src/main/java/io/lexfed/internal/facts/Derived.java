package io.lexfed.internal.facts;

import java.util.List;
import java.util.Objects;

/**
 * A fact a rule derived. It records only the deriving rule's name and what the rule said; the
 * rule's doctrine, section and citations are read from the rule's own metadata when the
 * determination is assembled, so they are written in one place.
 */
public abstract class Derived {
    private final String rule;
    private final String statement;
    private final List<String> missing;
    private List<String> basis = List.of();
    private int hash;

    protected Derived(String rule, String statement, List<String> missing) {
        this.rule = Objects.requireNonNull(rule);
        this.statement = Objects.requireNonNull(statement);
        this.missing = List.copyOf(missing);
    }

    /**
     * The nodes of the argument this derivation rests on: the scenario parts and predicates the
     * deriving rule matched. Recorded once by {@code Derive}; not part of equality, so truth
     * maintenance treats two derivations of the same conclusion as one.
     */
    public List<String> getBasis() {
        return basis;
    }

    public void setBasis(List<String> basis) {
        this.basis = List.copyOf(basis);
    }

    public String getRule() {
        return rule;
    }

    public String getStatement() {
        return statement;
    }

    /** JSON paths of the scenario facts this derivation waits on; empty when it is decided. */
    public List<String> getMissing() {
        return missing;
    }

    protected boolean sameDerivation(Derived o) {
        return rule.equals(o.rule) && statement.equals(o.statement) && missing.equals(o.missing);
    }

    protected int derivationHash() {
        return Objects.hash(rule, statement, missing);
    }

    /** This derivation's hash, from the same fields as its {@code equals}. */
    protected abstract int computeHash();

    // Truth maintenance hashes every derivation, some more than once, and the statements are long;
    // the fields that make up equality never change, so the hash is computed once. A race only
    // computes the same value twice.
    @Override
    public final int hashCode() {
        int h = hash;
        if (h == 0) {
            h = computeHash();
            hash = h;
        }
        return h;
    }
}
