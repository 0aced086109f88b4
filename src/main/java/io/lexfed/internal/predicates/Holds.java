package io.lexfed.internal.predicates;

/**
 * The value of a legal predicate in LexFed's four-valued logic: YES, NO, UNKNOWN (a fact it turns
 * on is not given) or UNSETTLED (the law it turns on is contested and nothing binding decides it).
 */
public enum Holds {
    YES, NO, UNKNOWN, UNSETTLED;

    /** Whether the value is YES or NO. */
    public boolean isKnown() {
        return this == YES || this == NO;
    }

    /** YES for true, NO for false. */
    public static Holds of(boolean b) {
        return b ? YES : NO;
    }
}
