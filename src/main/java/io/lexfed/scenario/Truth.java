package io.lexfed.scenario;

/**
 * A fact's truth as the user knows it: {@code YES}, {@code NO} or {@code UNKNOWN}. A fact the
 * user did not give is {@code UNKNOWN}, never {@code NO}; rules that turn on it say so.
 */
public enum Truth {
    /** The fact is so. */
    YES,
    /** The fact is not so. */
    NO,
    /** Not known: the scenario does not say. Never read as {@code NO}. */
    UNKNOWN;

    /**
     * Reads null as unknown.
     *
     * @param t a truth, or null
     * @return {@code UNKNOWN} for {@code null}, else {@code t}
     */
    public static Truth orUnknown(Truth t) {
        return t == null ? UNKNOWN : t;
    }

    /**
     * Whether the fact is known to be so.
     *
     * @return true only for {@code YES}
     */
    public boolean isYes() {
        return this == YES;
    }
}
