package io.lexfed.analysis;

import io.lexfed.determination.Outcome;
import java.util.List;

/**
 * The smallest sets of fact changes that change a determination's outcome: every single change
 * that does, then every pair of changes neither of which does alone. {@code complete} is false
 * when the bound (a count of variants) was reached before every pair was tried; {@code evaluated}
 * counts the variants examined.
 *
 * @param from the outcome of the scenario as given
 * @param flips the smallest sets of changes that change it, single changes first
 * @param complete whether every pair of changes was tried within the bound
 * @param evaluated how many variants of the scenario were evaluated
 */
public record MinimalFlips(Outcome from, List<Flip> flips, boolean complete, int evaluated) {
    /**
     * Copies the list, so the record is immutable.
     *
     * @param from the outcome of the scenario as given
     * @param flips the smallest sets of changes that change it, single changes first
     * @param complete whether every pair of changes was tried within the bound
     * @param evaluated how many variants of the scenario were evaluated
     */
    public MinimalFlips {
        flips = List.copyOf(flips);
    }
}
