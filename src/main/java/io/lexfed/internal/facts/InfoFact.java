package io.lexfed.internal.facts;

import io.lexfed.scenario.Information;
import io.lexfed.scenario.InformationKind;
import io.lexfed.scenario.Truth;

/** The information to be shared or withheld, as rules read it. */
public final class InfoFact implements ArgumentNode {
    private final Information i;

    public InfoFact(Information i) {
        this.i = i;
    }

    public InformationKind getKind() { return i.kind(); }
    public Truth getStateLawExceptionApplies() { return i.stateLawExceptionApplies(); }

    @Override
    public String node() {
        return "fact:information";
    }
}
