package io.lexfed.internal.facts;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A doctrine's conclusion about the action at one layer of law: REQUIRED, PERMITTED or PROHIBITED;
 * or UNSETTLED, for a question LexFed leaves to the courts, with the firm outcomes it could be.
 */
public final class Conclusion extends Derived {
    private final Layer layer;
    private final Outcome outcome;
    private final Set<Outcome> possible;

    public Conclusion(String rule, Layer layer, Outcome outcome, Set<Outcome> possible, String statement) {
        super(rule, statement);
        this.layer = Objects.requireNonNull(layer);
        this.outcome = Objects.requireNonNull(outcome);
        this.possible = possible.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(possible));
        if (outcome.isDeontic() != this.possible.isEmpty() || (!outcome.isDeontic() && outcome != Outcome.UNSETTLED)) {
            throw new IllegalArgumentException(rule + ": a conclusion is firm, or UNSETTLED with the firm outcomes it could be");
        }
        if (this.possible.stream().anyMatch(p -> !p.isDeontic())) {
            throw new IllegalArgumentException(rule + ": alternatives must be REQUIRED, PERMITTED or PROHIBITED");
        }
    }

    public Layer getLayer() {
        return layer;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** The firm outcomes an UNSETTLED conclusion could turn out to be; empty for a firm one. */
    public Set<Outcome> getPossible() {
        return possible;
    }

    public boolean isFirm() {
        return outcome.isDeontic();
    }

    @Override
    public String toString() {
        return "Conclusion[" + layer + " " + outcome + (possible.isEmpty() ? "" : possible) + " by " + getRule() + "]";
    }
}
