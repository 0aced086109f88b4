package io.lexfed.internal.facts;

import io.lexfed.scenario.Stop;
import io.lexfed.scenario.Truth;

/** The actor's stop of a person, as rules read it. */
public final class StopFact implements ArgumentNode {
    private final Stop s;

    public StopFact(Stop s) {
        this.s = s;
    }

    public Truth getIndependentReasonableSuspicion() { return s.independentReasonableSuspicion(); }

    @Override
    public String node() {
        return "fact:stop";
    }
}
