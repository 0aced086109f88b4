package io.lexfed.internal.facts;

import java.util.Objects;

/**
 * A fact a rule derived. It records the deriving rule's name, what the rule said, and the literals
 * the rule matched: all of them ({@code basis}) and the uncertain ones ({@code condition}), on which
 * it holds only if they turn out true. The rule's doctrine, section and citations are read from the
 * rule's own metadata when the determination is assembled, so they are written in one place.
 * Immutable once derived.
 */
public abstract class Derived {
    private static final int[] NONE = new int[0];
    private final String rule;
    private final String statement;
    private int[] basis = NONE;
    private int[] condition = NONE;
    private int[] conditionIfRebutted = NONE;

    protected Derived(String rule, String statement) {
        this.rule = Objects.requireNonNull(rule);
        this.statement = Objects.requireNonNull(statement);
    }

    /**
     * Records the matched literals' codes, sorted: all, the uncertain ones, and those together with
     * the ones certain only by a presumption; called once, by the deriving helper.
     */
    public void setLiterals(int[] basis, int[] condition, int[] conditionIfRebutted) {
        this.basis = basis;
        this.condition = condition;
        this.conditionIfRebutted = conditionIfRebutted;
    }

    public String getRule() {
        return rule;
    }

    public String getStatement() {
        return statement;
    }

    /** The codes of every literal the rule matched, sorted. Do not modify. */
    public int[] basis() {
        return basis;
    }

    /** The codes of the uncertain literals the rule matched, sorted: it holds only if they all do. Do not modify. */
    public int[] condition() {
        return condition;
    }

    /**
     * The condition when a presumption is set aside: the uncertain literals and those certain only by
     * a presumption, sorted. Do not modify.
     */
    public int[] conditionIfRebutted() {
        return conditionIfRebutted;
    }

    /** Whether it holds on the facts as given, with no condition. */
    public boolean isCertain() {
        return condition.length == 0;
    }
}
