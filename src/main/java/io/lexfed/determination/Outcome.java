package io.lexfed.determination;

/**
 * What the law says of the action: must ({@code REQUIRED}), may ({@code PERMITTED}), may not
 * ({@code PROHIBITED}), turns on facts not given ({@code CONDITIONAL}), or the authorities
 * conflict or litigation is pending ({@code UNSETTLED}).
 */
public enum Outcome {
    /** The actor must take the action. */
    REQUIRED,
    /** The actor may take the action, and may decline it. */
    PERMITTED,
    /** The actor may not take the action. */
    PROHIBITED,
    /** The answer turns on facts the scenario does not give; the determination lists them. */
    CONDITIONAL,
    /** Nothing binding decides a legal question the answer turns on: the authorities conflict, or litigation is pending. */
    UNSETTLED;

    /**
     * Whether this outcome says what the actor must, may or may not do.
     *
     * @return true for {@code REQUIRED}, {@code PERMITTED} and {@code PROHIBITED}
     */
    public boolean isDeontic() {
        return this == REQUIRED || this == PERMITTED || this == PROHIBITED;
    }
}
