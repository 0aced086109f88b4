package io.lexfed.determination;

/**
 * A predicate with a value, as a rule read it: e.g. {@code agent-within-federal-authority} YES.
 *
 * @param predicate the predicate's id
 * @param value YES or NO
 */
public record PredicateValue(String predicate, String value) {
    @Override
    public String toString() {
        return predicate + "=" + value;
    }
}
