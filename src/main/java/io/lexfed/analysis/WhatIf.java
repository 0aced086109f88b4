package io.lexfed.analysis;

import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import java.util.List;

/**
 * A scenario's determination before and after some fact changes, and the difference: the
 * outcomes, the reasons gained and lost (by rule id) and the citations gained and lost (by id).
 *
 * @param changes the fact changes applied
 * @param before the determination of the scenario as given
 * @param after the determination with the changes applied
 * @param outcomeBefore the outcome before
 * @param outcomeAfter the outcome after
 * @param reasonsGained the rule ids among the reasons after but not before
 * @param reasonsLost the rule ids among the reasons before but not after
 * @param citationsGained the authority ids cited after but not before
 * @param citationsLost the authority ids cited before but not after
 */
public record WhatIf(List<FactChange> changes, Determination before, Determination after, Outcome outcomeBefore, Outcome outcomeAfter,
                     List<String> reasonsGained, List<String> reasonsLost, List<String> citationsGained, List<String> citationsLost) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param changes the fact changes applied
     * @param before the determination of the scenario as given
     * @param after the determination with the changes applied
     * @param outcomeBefore the outcome before
     * @param outcomeAfter the outcome after
     * @param reasonsGained the rule ids among the reasons after but not before
     * @param reasonsLost the rule ids among the reasons before but not after
     * @param citationsGained the authority ids cited after but not before
     * @param citationsLost the authority ids cited before but not after
     */
    public WhatIf {
        changes = List.copyOf(changes);
        reasonsGained = List.copyOf(reasonsGained);
        reasonsLost = List.copyOf(reasonsLost);
        citationsGained = List.copyOf(citationsGained);
        citationsLost = List.copyOf(citationsLost);
    }
}
