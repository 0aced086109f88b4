package io.lexfed.determination;

/**
 * The principle by which one conclusion displaced another, as the legal model's combination
 * rules state them. Each carries the sentence the determination prints.
 */
public enum Principle {
    /** A higher layer's prohibition displaces a lower layer's duty or permission. */
    SUPREMACY("a higher layer's prohibition displaces a lower layer's duty or permission (Supremacy Clause; preemption)"),
    /** A lower layer may forbid what a higher layer merely permits. */
    PERMISSION_IS_NOT_COMMAND("a lower layer may forbid what a higher layer merely permits: federal permission is not a federal command"),
    /** A lower layer may require what a higher layer permits. */
    STATE_MAY_DIRECT_ITS_OFFICERS("a lower layer may require its officers to do what a higher layer permits"),
    /** A higher layer's valid command displaces a lower prohibition. */
    VALID_HIGHER_COMMAND("a higher layer's command, where it may constitutionally command the actor, displaces a lower prohibition"),
    /** A duty includes the permission to act. */
    DUTY_INCLUDES_PERMISSION("a duty to act includes the permission to act"),
    /** An indeterminate conclusion that could not change the outcome whatever its answer. */
    NOT_DECISIVE("whatever the unknown or contested point turns out to be, the outcome is the same");

    private final String statement;

    Principle(String statement) {
        this.statement = statement;
    }

    /**
     * The principle in one plain-English clause.
     *
     * @return the clause the determination prints
     */
    public String statement() {
        return statement;
    }
}
