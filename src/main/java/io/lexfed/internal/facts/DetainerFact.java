package io.lexfed.internal.facts;

import io.lexfed.scenario.Detainer;
import io.lexfed.scenario.DetainerForm;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;

/** The detainer lodged with the actor, as rules read it. */
public final class DetainerFact implements ArgumentNode {
    private final Detainer d;

    public DetainerFact(Detainer d) {
        this.d = d;
    }

    public DetainerForm getForm() { return d.form(); }
    public Warrant getWarrant() { return d.warrant(); }
    public Truth getProbableCauseShown() { return d.probableCauseShown(); }

    /** Hours past release, or -1 when not given. */
    public int getHoursPastRelease() {
        return d.hoursPastRelease() == null ? -1 : d.hoursPastRelease();
    }

    @Override
    public String node() {
        return "fact:detainer";
    }
}
