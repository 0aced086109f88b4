package io.lexfed.determination;

import java.util.List;

/**
 * A fact the scenario did not give that decides a conditional outcome: its JSON path in the
 * scenario (e.g. {@code federalAction.warrant}), the question that learns it, the rules whose
 * conclusions wait on it, and the outcome under each value it can take (the other unknown facts
 * staying unknown).
 *
 * @param fact the fact's JSON path
 * @param question the question a lawyer would ask to learn it
 * @param decides the rules whose conclusions wait on it
 * @param ifValue the outcome under each of its values
 */
public record MissingFact(String fact, String question, List<String> decides, List<Option> ifValue) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param fact the fact's JSON path
     * @param question the question a lawyer would ask to learn it
     * @param decides the rules whose conclusions wait on it
     * @param ifValue the outcome under each of its values
     */
    public MissingFact {
        decides = List.copyOf(decides);
        ifValue = List.copyOf(ifValue);
    }

    /**
     * One value of a missing fact and the outcome it leads to.
     *
     * @param value the value, as written in JSON
     * @param outcome the outcome if the fact has that value
     */
    public record Option(String value, Outcome outcome) {
    }
}
