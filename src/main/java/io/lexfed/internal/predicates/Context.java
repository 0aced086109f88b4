package io.lexfed.internal.predicates;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.BitSet;

/**
 * One evaluation of the predicates: the facts' codes, the question's actor and action, which dated
 * authorities are in force on the date, how the courts there and then answer the contested
 * questions, and, while the resolution explores what unknown facts and contested questions that
 * stay open could be, the answers it assumes. Values are remembered until a fact or an
 * assumption they depend on changes ({@link #set}, {@link #assume}). Not thread-safe: one
 * evaluation, one thread.
 */
public final class Context {
    static final byte OPEN = 0;
    static final byte ASSUME_YES = 1;
    static final byte ASSUME_NO = 2;

    final int[] codes;
    final Actor actor;
    final Action action;
    final BitSet inForce;
    final byte[] contested;
    final byte[] rulings;
    final long[] decidedBy;
    int rebutted = -1;
    boolean assertions = true;
    private final Value[] memo;
    private long presumptionsUsed;
    private final BitSet assertionsUsed = new BitSet();

    Context(int[] codes, Actor actor, Action action, BitSet inForce, byte[] rulings, long[] decidedBy) {
        this.codes = codes;
        this.actor = actor;
        this.action = action;
        this.inForce = inForce;
        this.rulings = rulings;
        this.decidedBy = decidedBy;
        this.contested = new byte[Predicates.contested().size()];
        this.memo = new Value[Predicates.definitions().size()];
    }

    /** The decisions that answer contested question {@code q} there and then: bit j for the j-th of {@link Predicates#decisionsOf(int)}. */
    public long decidedBy(int q) {
        return decidedBy[q];
    }

    /** The facts' codes; read them here, change them with {@link #set}. Do not modify. */
    public int[] codes() {
        return codes;
    }

    /** Gives fact {@code f} the code {@code code} (or {@link io.lexfed.internal.catalogue.Fact#UNKNOWN}), forgetting the values that depend on it. */
    public void set(int f, int code) {
        if (codes[f] != code) {
            codes[f] = code;
            for (int p : Predicates.dependentsOfFact(f)) {
                memo[p] = null;
            }
        }
    }

    /** Assumes an answer to a contested question, or takes the assumption back ({@code null}). */
    public void assume(int question, Boolean answer) {
        contested[question] = answer == null ? OPEN : answer ? ASSUME_YES : ASSUME_NO;
        for (int p : Predicates.dependentsOfQuestion(question)) {
            memo[p] = null;
        }
    }

    /** The answers assumed to the contested questions, as a copy (for keying a search over them). */
    public byte[] assumptions() {
        return contested.clone();
    }

    /** Whether a presumption is set aside ({@link #rebut}). */
    public boolean rebutting() {
        return rebutted >= 0;
    }

    /** Evaluates as if the presumption did not hold (-1 for none). */
    public void rebut(int presumption) {
        if (presumption == rebutted) {
            return;
        }
        // only the values that make the presumption given up, or the one taken back, change
        forget(rebutted);
        forget(presumption);
        rebutted = presumption;
    }

    private void forget(int presumption) {
        if (presumption >= 0) {
            for (int p : Predicates.dependentsOfPresumption(presumption)) {
                memo[p] = null;
            }
        }
    }

    /** Evaluates without the user's assertions, from the elements alone. */
    public void withoutAssertions(boolean without) {
        assertions = !without;
        reset();
    }

    /** Forgets every remembered value. */
    public void reset() {
        java.util.Arrays.fill(memo, null);
    }

    /** The value of predicate {@code index}, computed once until the next reset. */
    public Value value(int index) {
        Value v = memo[index];
        if (v == null) {
            v = Predicates.evaluate(this, index);
            memo[index] = v;
            if (v.presumedMask() != 0) {
                presumptionsUsed |= v.presumedMask();
            }
            if (v.asserted()) {
                assertionsUsed.set(index);
            }
        }
        return v;
    }

    /** The presumptions any value computed so far relied on, as a new bit set. */
    public BitSet presumptionsUsed() {
        return BitSet.valueOf(new long[] {presumptionsUsed});
    }

    /** The predicates whose value an assertion supplied in any value computed so far. Do not modify. */
    public BitSet assertionsUsed() {
        return assertionsUsed;
    }
}
