package io.lexfed.analysis;

import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import java.util.List;

/**
 * A scenario's determination before and after some fact changes, and the difference: the
 * outcomes, the reasons gained and lost (by rule id) and the citations gained and lost (by id).
 */
public record WhatIf(List<FactChange> changes, Determination before, Determination after, Outcome outcomeBefore, Outcome outcomeAfter,
                     List<String> reasonsGained, List<String> reasonsLost, List<String> citationsGained, List<String> citationsLost) {
    public WhatIf {
        changes = List.copyOf(changes);
        reasonsGained = List.copyOf(reasonsGained);
        reasonsLost = List.copyOf(reasonsLost);
        citationsGained = List.copyOf(citationsGained);
        citationsLost = List.copyOf(citationsLost);
    }
}
