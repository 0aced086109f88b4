package io.lexfed.internal.predicates;

import java.util.BitSet;

/**
 * What evaluating a predicate or one of its elements gives: its {@link Holds} value and where the
 * value came from. An UNKNOWN value carries the facts it waits on (catalogue indices), an UNSETTLED
 * one the contested questions it turns on; any value carries the presumptions and exceptions that
 * shaped it, the court decisions that answered a question it turned on, and whether a user's
 * assertion supplied it. Immutable. The trail is kept in bit masks
 * (facts up to 128, elements up to 64 of each kind; the build checks the counts), because the
 * resolution evaluates predicates in every world it explores.
 */
public final class Value {
    static final Value YES = new Value(Holds.YES, 0, 0, 0, 0, 0, 0, false);
    static final Value NO = new Value(Holds.NO, 0, 0, 0, 0, 0, 0, false);

    private final Holds holds;
    private final long waiting0;
    private final long waiting1;
    private final long contested;
    private final long presumed;
    private final long excepted;
    private final long decided;
    private final boolean asserted;

    Value(Holds holds, long waiting0, long waiting1, long contested, long presumed, long excepted, long decided, boolean asserted) {
        this.holds = holds;
        boolean unknown = holds == Holds.UNKNOWN;
        this.waiting0 = unknown ? waiting0 : 0;
        this.waiting1 = unknown ? waiting1 : 0;
        this.contested = contested;
        this.presumed = presumed;
        this.excepted = excepted;
        this.decided = decided;
        this.asserted = asserted;
    }

    static Value of(boolean b) {
        return b ? YES : NO;
    }

    // an unknown fact's value is the same in every evaluation, so each is made once
    private static final Value[] UNKNOWN_FACT = new Value[128];

    static {
        for (int f = 0; f < UNKNOWN_FACT.length; f++) {
            UNKNOWN_FACT[f] = f < 64 ? new Value(Holds.UNKNOWN, 1L << f, 0, 0, 0, 0, 0, false)
                    : new Value(Holds.UNKNOWN, 0, 1L << (f - 64), 0, 0, 0, 0, false);
        }
    }

    static Value unknown(int fact) {
        return UNKNOWN_FACT[fact];
    }

    static Value contested(Holds h, int question) {
        return new Value(h, 0, 0, 1L << question, 0, 0, 0, false);
    }

    /** A contested question answered by court decisions there and then (which ones, the context says). */
    static Value decided(boolean holds, int question) {
        return new Value(holds ? Holds.YES : Holds.NO, 0, 0, 0, 0, 0, 1L << question, false);
    }

    public Holds holds() {
        return holds;
    }

    /** The facts an UNKNOWN value waits on, as two masks (word 0: facts 0-63, word 1: 64-127). */
    public long waitingMask(int word) {
        return word == 0 ? waiting0 : waiting1;
    }

    /** Whether nothing but the facts shaped the value: no question, presumption, exception, ruling or assertion. */
    public boolean plain() {
        return (contested | presumed | excepted | decided) == 0 && !asserted && waiting0 == 0 && waiting1 == 0;
    }

    /** The facts an UNKNOWN value waits on; empty otherwise. */
    public BitSet waiting() {
        return BitSet.valueOf(new long[] {waiting0, waiting1});
    }

    /** Whether an UNKNOWN value waits on fact {@code f}. */
    public boolean waitsOn(int f) {
        return f < 64 ? (waiting0 & (1L << f)) != 0 : (waiting1 & (1L << (f - 64))) != 0;
    }

    /** Whether an UNKNOWN value waits on any fact of {@code mask} (bit f of word f / 64). */
    public boolean waitsOnAny(long[] mask) {
        return (waiting0 & mask[0]) != 0 || mask.length > 1 && (waiting1 & mask[1]) != 0;
    }

    /** The lowest fact an UNKNOWN value waits on, or -1. */
    public int firstWaiting() {
        return waiting0 != 0 ? Long.numberOfTrailingZeros(waiting0) : waiting1 != 0 ? 64 + Long.numberOfTrailingZeros(waiting1) : -1;
    }

    /** The contested questions the value turned on (a contested question decided by the world explored counts too). */
    public BitSet contested() {
        return BitSet.valueOf(new long[] {contested});
    }

    /** The contested questions, as a mask (bit i for question i). */
    public long contestedMask() {
        return contested;
    }

    /** The presumptions that supplied part of the value. */
    public BitSet presumed() {
        return BitSet.valueOf(new long[] {presumed});
    }

    /** The exceptions that applied. */
    public BitSet excepted() {
        return BitSet.valueOf(new long[] {excepted});
    }

    /** The contested questions the value turned on that court decisions answered. */
    public BitSet decided() {
        return BitSet.valueOf(new long[] {decided});
    }

    /** Whether a presumption supplied part of the value. */
    public boolean restsOnPresumption() {
        return presumed != 0;
    }

    /** The presumptions that supplied part of the value, as a mask (bit i for presumption i). */
    public long presumedMask() {
        return presumed;
    }

    /** The exceptions that applied, as a mask (bit i for exception i). */
    public long exceptedMask() {
        return excepted;
    }

    /** The contested questions the value turned on that court decisions answered, as a mask (bit q for question q; {@link Context#decidedBy} names the decisions). */
    public long decidedMask() {
        return decided;
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

    private Value with(Holds h) {
        return this == YES ? NO : this == NO ? YES : new Value(h, waiting0, waiting1, contested, presumed, excepted, decided, asserted);
    }

    Value plusPresumption(int id) {
        return new Value(holds, waiting0, waiting1, contested, presumed | (1L << id), excepted, decided, asserted);
    }

    Value plusExceptions(long ids) {
        return new Value(holds, waiting0, waiting1, contested, presumed, excepted | ids, decided, asserted);
    }

    Value asAsserted(Holds h) {
        return new Value(h, 0, 0, contested, presumed, excepted, decided, true);
    }

    /** An UNKNOWN value waiting on what both values wait on. */
    static Value unknownOf(Value a, Value b) {
        return new Value(Holds.UNKNOWN, a.waiting0 | b.waiting0, a.waiting1 | b.waiting1, 0, 0, 0, 0, false);
    }

    /**
     * The conjunction (ALL) or disjunction (ANY) of the children's values in four-valued logic. For
     * ALL a NO decides; failing that an UNKNOWN leaves it UNKNOWN (a fact could still make it NO);
     * failing that an UNSETTLED leaves it UNSETTLED; else YES. ANY is the dual. The result keeps the
     * trail (waiting facts, contested questions, presumptions, exceptions) of the values that
     * decided it: a decided value owes nothing to the children that could not have decided it.
     */
    static Value combine(boolean all, Node[] children, Context c) {
        Trail t = new Trail(all);
        for (Node child : children) {
            t.add(child.eval(c));
        }
        return t.value();
    }

    /** ALL of {@code first} and the negations of {@code rest}: an element unless any of its exceptions, from values already known. */
    static Value allButNone(Value first, Value[] rest) {
        Trail t = new Trail(true);
        t.add(first);
        for (Value v : rest) {
            t.add(v.negated());
        }
        return t.value();
    }

    /**
     * What the children of a combination leave behind: the trail of the highest-ranked kind of child
     * seen (deciding, UNKNOWN, UNSETTLED, agreeing), restarted whenever a child of a higher rank
     * appears. One per combination, never shared, so the JIT keeps it on the stack.
     */
    private static final class Trail {
        private final boolean all;
        private final Holds decisive;
        private int rank = -1;
        private long w0;
        private long w1;
        private long q;
        private long p;
        private long x;
        private long d;
        private boolean a;
        // a decisive child that owes nothing to a ruling, presumption, exception or assertion decides alone
        private boolean clean;

        Trail(boolean all) {
            this.all = all;
            this.decisive = all ? Holds.NO : Holds.YES;
        }

        void add(Value v) {
            int r = v.holds == decisive ? 3 : v.holds == Holds.UNKNOWN ? 2 : v.holds == Holds.UNSETTLED ? 1 : 0;
            if (r < rank) {
                return;
            }
            if (r > rank) {
                rank = r;
                w0 = w1 = q = p = x = d = 0;
                a = false;
            }
            if (r == 3 && (v.contested | v.presumed | v.excepted | v.decided) == 0 && !v.asserted) {
                clean = true;
            }
            w0 |= v.waiting0;
            w1 |= v.waiting1;
            q |= v.contested;
            p |= v.presumed;
            x |= v.excepted;
            d |= v.decided;
            a |= v.asserted;
        }

        Value value() {
            Holds h = switch (rank) {
                case 3 -> decisive;
                case 2 -> Holds.UNKNOWN;
                case 1 -> Holds.UNSETTLED;
                default -> all ? Holds.YES : Holds.NO;
            };
            if (rank == 3 && clean || (q | p | x | d) == 0 && !a && (h == Holds.YES || h == Holds.NO)) {
                return h == Holds.YES ? YES : NO;
            }
            return new Value(h, w0, w1, q, p, x, d, a);
        }
    }

    @Override
    public String toString() {
        return holds + (waiting0 == 0 && waiting1 == 0 ? "" : " waiting " + waiting()) + (contested == 0 ? "" : " contested " + contested())
                + (presumed == 0 ? "" : " presumed " + presumed()) + (asserted ? " asserted" : "");
    }
}
