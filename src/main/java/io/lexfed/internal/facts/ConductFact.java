package io.lexfed.internal.facts;

import io.lexfed.scenario.Conduct;
import io.lexfed.scenario.Truth;

/** The actor's conduct toward agents or the person sought, as rules read it. */
public final class ConductFact implements ArgumentNode {
    private final Conduct c;

    public ConductFact(Conduct c) {
        this.c = c;
    }

    public Truth getUsesForce() { return c.usesForce(); }
    public Truth getImpedesAgents() { return c.impedesAgents(); }
    public Truth getActiveConcealment() { return c.activeConcealment(); }

    @Override
    public String node() {
        return "fact:conduct";
    }
}
