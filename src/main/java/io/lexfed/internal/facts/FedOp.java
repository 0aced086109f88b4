package io.lexfed.internal.facts;

import io.lexfed.scenario.Agency;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.FederalActionKind;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.util.ArrayList;
import java.util.List;

/** The federal enforcement action, as rules read it. */
public final class FedOp implements ArgumentNode {
    private final FederalAction a;

    public FedOp(FederalAction a) {
        this.a = a;
    }

    public Agency getAgency() { return a.agency(); }
    public FederalActionKind getKind() { return a.kind(); }
    public Warrant getWarrant() { return a.warrant(); }
    public Place getPlace() { return a.place(); }
    public Truth getConsentToEntry() { return a.consentToEntry(); }
    public Truth getExigency() { return a.exigency(); }
    public Truth getReasonToBelieve() { return a.reasonToBelieve(); }
    public Truth getLikelyToEscape() { return a.likelyToEscape(); }
    public Truth getForceUsed() { return a.forceUsed(); }
    public Truth getForceObjectivelyReasonable() { return a.forceObjectivelyReasonable(); }
    public Truth getConnectedToFederalDuty() { return a.connectedToFederalDuty(); }
    public Truth getHomeEntryMemoInvoked() { return a.homeEntryMemoInvoked(); }
    public Truth getStateCrimeAlleged() { return a.stateCrimeAlleged(); }
    public Truth getIceRequestedAssistance() { return a.iceRequestedAssistance(); }
    public Truth getWithinFederalAuthority() { return a.withinFederalAuthority(); }

    /** A seizure of a person or an entry, which needs a lawful basis; requests do not. */
    public boolean isSeizure() {
        return a.kind() == FederalActionKind.CIVIL_ARREST || a.kind() == FederalActionKind.CRIMINAL_ARREST
                || a.kind() == FederalActionKind.HOME_OR_WORKPLACE_SEARCH;
    }

    /** An entry into a home lacks consent and exigency: YES, NO or UNKNOWN. */
    public Truth getUnconsentedHomeEntry() {
        if (a.place() == Place.UNKNOWN) {
            return Truth.UNKNOWN;
        }
        if (a.place() != Place.PRIVATE_HOME || a.consentToEntry() == Truth.YES || a.exigency() == Truth.YES) {
            return Truth.NO;
        }
        return a.consentToEntry() == Truth.NO && a.exigency() == Truth.NO ? Truth.YES : Truth.UNKNOWN;
    }

    /** The scenario paths of the unknown facts on which the lawful basis of this seizure turns. */
    public List<String> unknownBasisFacts() {
        List<String> out = new ArrayList<>();
        if (a.kind() == FederalActionKind.UNKNOWN) {
            out.add("federalAction.kind");
        }
        if (a.warrant() == Warrant.UNKNOWN) {
            out.add("federalAction.warrant");
        }
        if (a.warrant() != Warrant.JUDICIAL) {
            if (a.place() == Place.UNKNOWN) {
                out.add("federalAction.place");
            } else if (a.place() == Place.PRIVATE_HOME) {
                if (a.consentToEntry() == Truth.UNKNOWN) {
                    out.add("federalAction.consentToEntry");
                }
                if (a.exigency() == Truth.UNKNOWN) {
                    out.add("federalAction.exigency");
                }
            }
        }
        if (a.warrant() == Warrant.NONE || a.warrant() == Warrant.UNKNOWN) {
            if (a.reasonToBelieve() == Truth.UNKNOWN) {
                out.add("federalAction.reasonToBelieve");
            }
            if (a.kind() != FederalActionKind.CRIMINAL_ARREST && a.likelyToEscape() == Truth.UNKNOWN) {
                out.add("federalAction.likelyToEscape");
            }
        }
        return out;
    }

    @Override
    public String node() {
        return "fact:federalAction";
    }
}
