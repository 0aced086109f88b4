package io.lexfed.internal.facts;

/** The predicate holds (or, when uncertain, may hold). See {@link Literal}. */
public final class Is extends Literal {
    public Is(String predicate, int index, boolean certain) {
        super(predicate, index, false, certain);
    }
}
