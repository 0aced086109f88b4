package io.lexfed.analysis;

import io.lexfed.determination.Outcome;
import java.util.List;

/** A smallest set of fact changes (one or two) that changes the outcome, and the outcome it gives. */
public record Flip(List<FactChange> changes, Outcome outcome) {
    public Flip {
        changes = List.copyOf(changes);
    }
}
