package io.lexfed.determination;

import java.util.List;

/**
 * A legal conclusion the user asserted rather than a fact (for example that the agent acted within
 * federal authority): the fact's JSON path, the value asserted, the predicate it asserts (null for
 * an assertion about the law the knowledge base completes), whether the determination used it (only
 * where the elements given leave the predicate unknown; elements that decide it win), the facts it
 * stands in for (the elements not given, which would decide instead once known), what it says, and
 * the outcome without it (from the elements alone; null when it was not used).
 *
 * @param fact the assertion's JSON path
 * @param value the value asserted
 * @param predicate the predicate asserted, or null
 * @param used whether the determination rests on it
 * @param standsFor the facts not given that it stands in for, as JSON paths
 * @param statement what the determination did with it
 * @param withoutIt the outcome from the elements alone, or null
 */
public record Assertion(String fact, String value, String predicate, boolean used, List<String> standsFor, String statement,
                        Outcome withoutIt) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param fact the assertion's JSON path
     * @param value the value asserted
     * @param predicate the predicate asserted, or null
     * @param used whether the determination rests on it
     * @param standsFor the facts not given that it stands in for, as JSON paths
     * @param statement what the determination did with it
     * @param withoutIt the outcome from the elements alone, or null
     */
    public Assertion {
        standsFor = List.copyOf(standsFor);
    }
}
