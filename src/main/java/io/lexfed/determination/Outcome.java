package io.lexfed.determination;

/**
 * What the law says of the action: must ({@code REQUIRED}), may ({@code PERMITTED}), may not
 * ({@code PROHIBITED}), turns on facts not given ({@code CONDITIONAL}), or the authorities
 * conflict or litigation is pending ({@code UNSETTLED}).
 */
public enum Outcome {
    REQUIRED, PERMITTED, PROHIBITED, CONDITIONAL, UNSETTLED;

    /** True for the three outcomes that say what the actor must, may or may not do. */
    public boolean isDeontic() {
        return this == REQUIRED || this == PERMITTED || this == PROHIBITED;
    }
}
