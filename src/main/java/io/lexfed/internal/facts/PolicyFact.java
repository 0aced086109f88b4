package io.lexfed.internal.facts;

import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Truth;

/** A local policy, in force or proposed, as rules read it. */
public final class PolicyFact implements CooperationLimits, ArgumentNode {
    /** Whether the policy binds now or is the one the actor proposes to adopt. */
    public enum Role { IN_FORCE, PROPOSED }

    private final LocalPolicy p;
    private final Role role;

    public PolicyFact(LocalPolicy p, Role role) {
        this.p = p;
        this.role = role;
    }

    public Role getRole() { return role; }
    public Truth getLimitsDetainers() { return p.limitsDetainers(); }
    public Truth getLimitsAssistance() { return p.limitsAssistance(); }
    public Truth getLimitsInformationSharing() { return p.limitsInformationSharing(); }
    public Truth getLimitsCourthouseArrests() { return p.limitsCourthouseArrests(); }
    public Truth getBans287g() { return p.bans287g(); }

    @Override
    public Predicate getLimitPredicate() {
        return Predicate.LOCAL_LIMIT;
    }

    /** A proposal binds no one until it is adopted. */
    @Override
    public boolean isInForce() {
        return role == Role.IN_FORCE;
    }

    @Override
    public String path(String field) {
        return (role == Role.IN_FORCE ? "localPolicy." : "proposedPolicy.") + field;
    }

    @Override
    public String node() {
        return role == Role.IN_FORCE ? "fact:localPolicy" : "fact:proposedPolicy";
    }
}
