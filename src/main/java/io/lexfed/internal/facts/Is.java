package io.lexfed.internal.facts;

/** The predicate holds (or, when uncertain, may hold). See {@link Literal}. */
public final class Is extends Literal {
    public Is(String predicate, int index, boolean certain) {
        super(predicate, index, false, certain, false);
    }

    /** A literal that is certain only by a presumption of law ({@link Literal#isPresumed()}). */
    public static Is presumed(String predicate, int index) {
        return new Is(predicate, index);
    }

    private Is(String predicate, int index) {
        super(predicate, index, false, true, true);
    }
}
