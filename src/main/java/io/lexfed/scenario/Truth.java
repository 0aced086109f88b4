package io.lexfed.scenario;

/**
 * A fact's truth as the user knows it: {@code YES}, {@code NO} or {@code UNKNOWN}. A fact the
 * user did not give is {@code UNKNOWN}, never {@code NO}; rules that turn on it say so.
 */
public enum Truth {
    YES, NO, UNKNOWN;

    /** Returns {@code UNKNOWN} for {@code null}, else the value itself. */
    public static Truth orUnknown(Truth t) {
        return t == null ? UNKNOWN : t;
    }

    /** True only for {@code YES}. */
    public boolean isYes() {
        return this == YES;
    }
}
