package io.lexfed.internal.facts;

import io.lexfed.scenario.Regulation;
import io.lexfed.scenario.RegulationSubject;
import io.lexfed.scenario.Truth;

/** A state or local rule on federal agents' conduct, as rules read it. */
public final class RegulationFact {
    private final Regulation r;

    public RegulationFact(Regulation r) {
        this.r = r;
    }

    public RegulationSubject getSubject() { return r.subject(); }
    public Truth getBindsStateOfficersEqually() { return r.bindsStateOfficersEqually(); }
    public Truth getRegulatesFederalOperationsDirectly() { return r.regulatesFederalOperationsDirectly(); }
    public Truth getChallengePending() { return r.challengePending(); }
}
