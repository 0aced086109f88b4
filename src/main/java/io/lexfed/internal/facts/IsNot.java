package io.lexfed.internal.facts;

/** The predicate does not hold (or, when uncertain, may not hold). See {@link Literal}. */
public final class IsNot extends Literal {
    public IsNot(String predicate, int index, boolean certain) {
        super(predicate, index, true, certain, false);
    }

    /** A literal that is certain only by a presumption of law ({@link Literal#isPresumed()}). */
    public static IsNot presumed(String predicate, int index) {
        return new IsNot(predicate, index);
    }

    private IsNot(String predicate, int index) {
        super(predicate, index, true, true, true);
    }
}
