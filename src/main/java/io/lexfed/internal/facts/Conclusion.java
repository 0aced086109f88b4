package io.lexfed.internal.facts;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A doctrine's conclusion about the action at one layer of law. A firm conclusion is REQUIRED,
 * PERMITTED or PROHIBITED; a CONDITIONAL or UNSETTLED one lists the firm outcomes it could turn
 * out to be, and may also turn out to be silent ({@code mayBeSilent}: the unknown law may not exist at
 * all, which is not the same as permitting). A {@code contested} conclusion is one whose force is itself disputed in the courts
 * (e.g. 8 U.S.C. 1373 after Murphy): it cannot displace another, and a clash with it is UNSETTLED.
 */
public final class Conclusion extends Derived {
    private final Layer layer;
    private final Outcome outcome;
    private final Set<Outcome> possible;
    private final boolean contested;
    private final boolean mayBeSilent;

    public Conclusion(String rule, Layer layer, Outcome outcome, Set<Outcome> possible, boolean contested, String statement,
                      List<String> missing) {
        this(rule, layer, outcome, possible, contested, false, statement, missing);
    }

    public Conclusion(String rule, Layer layer, Outcome outcome, Set<Outcome> possible, boolean contested, boolean mayBeSilent,
                      String statement, List<String> missing) {
        super(rule, statement, missing);
        this.mayBeSilent = mayBeSilent;
        this.layer = Objects.requireNonNull(layer);
        this.outcome = Objects.requireNonNull(outcome);
        this.possible = possible.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(possible));
        this.contested = contested;
        if (outcome.isDeontic() != this.possible.isEmpty()) {
            throw new IllegalArgumentException(rule + ": a firm conclusion has no alternatives; an open one needs them");
        }
        if (!outcome.isDeontic() && this.possible.stream().anyMatch(p -> !p.isDeontic())) {
            throw new IllegalArgumentException(rule + ": alternatives must be REQUIRED, PERMITTED or PROHIBITED");
        }
    }

    public Layer getLayer() {
        return layer;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** The firm outcomes an open conclusion could turn out to be; empty for a firm one. */
    public Set<Outcome> getPossible() {
        return possible;
    }

    public boolean isContested() {
        return contested;
    }

    /** Whether an open conclusion may turn out to say nothing at all. */
    public boolean isMayBeSilent() {
        return mayBeSilent;
    }

    public boolean isFirm() {
        return outcome.isDeontic();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conclusion c && c.layer == layer && c.outcome == outcome && c.possible.equals(possible)
                && c.contested == contested && c.mayBeSilent == mayBeSilent && sameDerivation(c);
    }

    @Override
    protected int computeHash() {
        return Objects.hash(layer, outcome, possible, contested, mayBeSilent, derivationHash());
    }

    @Override
    public String toString() {
        return "Conclusion[" + layer + " " + outcome + (possible.isEmpty() ? "" : possible) + (contested ? " contested" : "")
                + " by " + getRule() + "]";
    }
}
