package io.lexfed.internal.facts;

import io.lexfed.scenario.Regulation;
import io.lexfed.scenario.RegulationSubject;
import io.lexfed.scenario.Truth;
import java.util.ArrayList;
import java.util.List;

/** A state or local rule on federal agents' conduct, as rules read it. */
public final class RegulationFact implements ArgumentNode {
    private final Regulation r;

    public RegulationFact(Regulation r) {
        this.r = r;
    }

    public RegulationSubject getSubject() { return r.subject(); }
    public Truth getBindsStateOfficersEqually() { return r.bindsStateOfficersEqually(); }
    public Truth getRegulatesFederalOperationsDirectly() { return r.regulatesFederalOperationsDirectly(); }
    public Truth getChallengePending() { return r.challengePending(); }

    /** Whether any fact the prongs turn on is unknown. */
    public boolean isProngUnknown() {
        return !unknownProngs().isEmpty();
    }

    /** The scenario paths of the unknown facts the two prongs and a pending challenge turn on. */
    public List<String> unknownProngs() {
        List<String> out = new ArrayList<>();
        if (r.bindsStateOfficersEqually() == Truth.UNKNOWN) {
            out.add("regulation.bindsStateOfficersEqually");
        }
        if (r.regulatesFederalOperationsDirectly() == Truth.UNKNOWN) {
            out.add("regulation.regulatesFederalOperationsDirectly");
        }
        if (r.challengePending() == Truth.UNKNOWN && r.subject() != RegulationSubject.COURTHOUSE_ARRESTS) {
            out.add("regulation.challengePending");
        }
        if (r.subject() == RegulationSubject.UNKNOWN) {
            out.add("regulation.subject");
        }
        return out;
    }

    @Override
    public String node() {
        return "fact:regulation";
    }
}
