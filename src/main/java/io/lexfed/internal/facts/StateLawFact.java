package io.lexfed.internal.facts;

import io.lexfed.scenario.StateCrimeStatus;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;

/** The state's law, as rules read it. */
public final class StateLawFact implements CooperationLimits, ArgumentNode {
    private final StateLaw s;

    public StateLawFact(StateLaw s) {
        this.s = s;
    }

    public Truth getLimitsDetainers() { return s.limitsDetainers(); }
    public Truth getLimitsAssistance() { return s.limitsAssistance(); }
    public Truth getLimitsInformationSharing() { return s.limitsInformationSharing(); }
    public Truth getLimitsCourthouseArrests() { return s.limitsCourthouseArrests(); }
    public Truth getBans287g() { return s.bans287g(); }
    public Truth getMandatesDetainers() { return s.mandatesDetainers(); }
    public Truth getMandatesCooperation() { return s.mandatesCooperation(); }
    public Truth getMandates287g() { return s.mandates287g(); }
    public Truth getBansSanctuaryPolicies() { return s.bansSanctuaryPolicies(); }
    public Truth getPenalizesOfficials() { return s.penalizesOfficials(); }
    public Truth getAuthorizesCivilImmigrationArrests() { return s.authorizesCivilImmigrationArrests(); }
    public StateCrimeStatus getImmigrationCrime() { return s.immigrationCrime(); }

    @Override
    public Predicate getLimitPredicate() {
        return Predicate.STATE_LIMIT;
    }

    @Override
    public boolean isInForce() {
        return true;
    }

    @Override
    public String path(String field) {
        return "stateLaw." + field;
    }

    @Override
    public String node() {
        return "fact:stateLaw";
    }
}
