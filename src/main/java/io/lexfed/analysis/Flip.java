package io.lexfed.analysis;

import io.lexfed.determination.Outcome;
import java.util.List;

/**
 * A smallest set of fact changes (one or two) that changes the outcome, and the outcome it gives.
 *
 * @param changes the one or two fact changes
 * @param outcome the outcome the scenario has with them
 */
public record Flip(List<FactChange> changes, Outcome outcome) {
    /**
     * Copies the list, so the record is immutable.
     *
     * @param changes the one or two fact changes
     * @param outcome the outcome the scenario has with them
     */
    public Flip {
        changes = List.copyOf(changes);
    }
}
