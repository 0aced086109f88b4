package io.lexfed.internal.facts;

/** The predicate does not hold (or, when uncertain, may not hold). See {@link Literal}. */
public final class IsNot extends Literal {
    public IsNot(String predicate, int index, boolean certain) {
        super(predicate, index, true, certain);
    }
}
