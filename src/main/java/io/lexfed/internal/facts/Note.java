package io.lexfed.internal.facts;

/** Context a rule adds that never decides the outcome. */
public final class Note extends Derived {
    public Note(String rule, String statement) {
        super(rule, statement);
    }
}
