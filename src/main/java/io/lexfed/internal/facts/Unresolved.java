package io.lexfed.internal.facts;

/**
 * The bottom line's marker that no doctrine reached a conclusion about the action. It is a type
 * of its own, not a {@link Conclusion}, so the rule that derives it from the absence of
 * conclusions does not defeat itself.
 */
public final class Unresolved extends Derived {
    public Unresolved(String rule, String statement) {
        super(rule, statement);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unresolved u && u.getRule().equals(getRule()) && u.getStatement().equals(getStatement());
    }

    @Override
    public int hashCode() {
        return getRule().hashCode() * 31 + getStatement().hashCode();
    }
}
