package io.lexfed.internal.facts;

import io.lexfed.scenario.Agreement287g;
import io.lexfed.scenario.Model287g;
import io.lexfed.scenario.Truth;
import java.util.ArrayList;
import java.util.List;

/** The actor's 287(g) agreement, as rules read it. */
public final class AgreementFact implements ArgumentNode {
    private final Agreement287g g;

    public AgreementFact(Agreement287g g) {
        this.g = g;
    }

    public Model287g getModel() { return g.model(); }
    public Truth getOfficerTrained() { return g.officerTrained(); }
    public Truth getIceSupervision() { return g.iceSupervision(); }
    public Truth getFunctionWithinAgreement() { return g.functionWithinAgreement(); }

    public boolean isAgreement() {
        return g.model() != Model287g.NONE && g.model() != Model287g.UNKNOWN;
    }

    /** The scenario paths of the unknown elements of a delegation. */
    public List<String> unknownElements() {
        List<String> out = new ArrayList<>();
        if (g.model() == Model287g.UNKNOWN) {
            out.add("agreement287g.model");
        }
        if (g.officerTrained() == Truth.UNKNOWN) {
            out.add("agreement287g.officerTrained");
        }
        if (g.iceSupervision() == Truth.UNKNOWN) {
            out.add("agreement287g.iceSupervision");
        }
        if (g.functionWithinAgreement() == Truth.UNKNOWN) {
            out.add("agreement287g.functionWithinAgreement");
        }
        return out;
    }

    @Override
    public String node() {
        return "fact:agreement287g";
    }
}
