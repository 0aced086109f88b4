package io.lexfed.internal.predicates;

import java.util.BitSet;

/**
 * What evaluating a predicate or one of its elements gives: its {@link Holds} value and where the
 * value came from. An UNKNOWN value carries the facts it waits on (catalogue indices), an UNSETTLED
 * one the contested questions it turns on; any value carries the presumptions and exceptions that
 * shaped it and whether a user's assertion supplied it. Immutable.
 */
public final class Value {
    private static final BitSet NONE = new BitSet(0);
    static final Value YES = new Value(Holds.YES, null, null, null, null, false);
    static final Value NO = new Value(Holds.NO, null, null, null, null, false);

    private final Holds holds;
    private final BitSet waiting;
    private final BitSet contested;
    private final BitSet presumed;
    private final BitSet excepted;
    private final boolean asserted;

    Value(Holds holds, BitSet waiting, BitSet contested, BitSet presumed, BitSet excepted, boolean asserted) {
        this.holds = holds;
        this.waiting = holds == Holds.UNKNOWN ? orNone(waiting) : NONE;
        this.contested = orNone(contested);
        this.presumed = orNone(presumed);
        this.excepted = orNone(excepted);
        this.asserted = asserted;
    }

    private static BitSet orNone(BitSet b) {
        return b == null || b.isEmpty() ? NONE : b;
    }

    static Value of(boolean b) {
        return b ? YES : NO;
    }

    static Value unknown(int fact) {
        BitSet w = new BitSet();
        w.set(fact);
        return new Value(Holds.UNKNOWN, w, null, null, null, false);
    }

    public Holds holds() {
        return holds;
    }

    /** The facts an UNKNOWN value waits on; empty otherwise. Do not modify. */
    public BitSet waiting() {
        return waiting;
    }

    /** The contested questions the value turned on (a contested question decided by the world explored counts too). Do not modify. */
    public BitSet contested() {
        return contested;
    }

    /** The presumptions that supplied part of the value. Do not modify. */
    public BitSet presumed() {
        return presumed;
    }

    /** The exceptions that applied. Do not modify. */
    public BitSet excepted() {
        return excepted;
    }

    /** Whether a user's assertion supplied the value. */
    public boolean asserted() {
        return asserted;
    }

    /** This value with the opposite truth (NOT); UNKNOWN and UNSETTLED stay as they are. */
    Value negated() {
        return switch (holds) {
            case YES -> with(Holds.NO);
            case NO -> with(Holds.YES);
            default -> this;
        };
    }

    Value with(Holds h) {
        return h == holds ? this : new Value(h, waiting, contested, presumed, excepted, asserted);
    }

    Value plusPresumption(int id) {
        BitSet p = (BitSet) presumed.clone();
        p.set(id);
        return new Value(holds, waiting, contested, p, excepted, asserted);
    }

    Value plusExceptions(BitSet ids) {
        BitSet e = (BitSet) excepted.clone();
        e.or(ids);
        return new Value(holds, waiting, contested, presumed, e, asserted);
    }

    Value asAsserted(Holds h) {
        return new Value(h, null, contested, presumed, excepted, true);
    }

    /**
     * The conjunction (ALL) or disjunction (ANY) of values in four-valued logic. For ALL a NO
     * decides; failing that an UNKNOWN leaves it UNKNOWN (a fact could still make it NO); failing
     * that an UNSETTLED leaves it UNSETTLED; else YES. ANY is the dual. The result keeps the trail
     * (waiting facts, contested questions, presumptions, exceptions) of the values that decided it.
     */
    static Value combine(boolean all, Value[] vs) {
        Holds decisive = all ? Holds.NO : Holds.YES;
        Holds rest = all ? Holds.YES : Holds.NO;
        boolean anyDecisive = false;
        boolean anyUnknown = false;
        boolean anyUnsettled = false;
        for (Value v : vs) {
            anyDecisive |= v.holds == decisive;
            anyUnknown |= v.holds == Holds.UNKNOWN;
            anyUnsettled |= v.holds == Holds.UNSETTLED;
        }
        Holds h = anyDecisive ? decisive : anyUnknown ? Holds.UNKNOWN : anyUnsettled ? Holds.UNSETTLED : rest;
        BitSet waiting = null;
        BitSet contested = null;
        BitSet presumed = null;
        BitSet excepted = null;
        boolean asserted = false;
        for (Value v : vs) {
            // a decided value owes nothing to the children that could not have decided it
            boolean counts = h == rest || v.holds == h;
            if (!counts) {
                continue;
            }
            if (h == Holds.UNKNOWN && !v.waiting.isEmpty()) {
                waiting = union(waiting, v.waiting);
            }
            if (!v.contested.isEmpty()) {
                contested = union(contested, v.contested);
            }
            if (!v.presumed.isEmpty()) {
                presumed = union(presumed, v.presumed);
            }
            if (!v.excepted.isEmpty()) {
                excepted = union(excepted, v.excepted);
            }
            asserted |= v.asserted;
        }
        return new Value(h, waiting, contested, presumed, excepted, asserted);
    }

    private static BitSet union(BitSet into, BitSet more) {
        BitSet b = into == null ? new BitSet() : into;
        b.or(more);
        return b;
    }

    @Override
    public String toString() {
        return holds + (waiting.isEmpty() ? "" : " waiting " + waiting) + (contested.isEmpty() ? "" : " contested " + contested)
                + (presumed.isEmpty() ? "" : " presumed " + presumed) + (asserted ? " asserted" : "");
    }
}
