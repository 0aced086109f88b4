package io.lexfed.determination;

import java.util.List;

/**
 * A fact the scenario did not give that would decide a conditional outcome: its JSON path in
 * the scenario (e.g. {@code federalAction.warrant}) and the rules that wait on it.
 */
public record MissingFact(String fact, List<String> decides) {
    public MissingFact {
        decides = List.copyOf(decides);
    }
}
