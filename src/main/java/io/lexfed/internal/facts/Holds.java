package io.lexfed.internal.facts;

import io.lexfed.scenario.Truth;

/** The value of a legal predicate: YES, NO, UNKNOWN (a fact is missing) or UNSETTLED (the law is contested). */
public enum Holds {
    YES, NO, UNKNOWN, UNSETTLED;

    public static Holds of(Truth t) {
        return switch (Truth.orUnknown(t)) {
            case YES -> YES;
            case NO -> NO;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
