package io.lexfed.analysis;

import java.util.List;

/**
 * An unknown fact that can change the outcome, found by evaluating the scenario under each of its
 * values: the fact's JSON path, a plain-English question for it, the doctrines whose rules turn on
 * it, the outcome under each value, and how far knowing it narrows the answer (the share of its
 * values that settle the outcome, 0 to 1).
 *
 * @param fact the fact's JSON path in the scenario, e.g. {@code federalAction.warrant}
 * @param question the question a lawyer would ask for it
 * @param doctrines the doctrines whose rules turn on it
 * @param alternatives each value it can take, with the outcome under that value
 * @param narrowing the share of its values that settle the outcome, 0 to 1
 */
public record DecidingFact(String fact, String question, List<String> doctrines, List<Alternative> alternatives, double narrowing) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param fact the fact's JSON path in the scenario, e.g. {@code federalAction.warrant}
     * @param question the question a lawyer would ask for it
     * @param doctrines the doctrines whose rules turn on it
     * @param alternatives each value it can take, with the outcome under that value
     * @param narrowing the share of its values that settle the outcome, 0 to 1
     */
    public DecidingFact {
        doctrines = List.copyOf(doctrines);
        alternatives = List.copyOf(alternatives);
    }
}
