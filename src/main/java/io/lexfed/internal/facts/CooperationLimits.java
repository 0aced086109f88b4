package io.lexfed.internal.facts;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Truth;

/**
 * Limits on cooperation with federal immigration enforcement, as a state statute or a local
 * policy in force states them. One shape for both, so one rule classifies each kind of limit
 * whichever level of government imposed it.
 */
public interface CooperationLimits {
    Truth getLimitsDetainers();

    Truth getLimitsAssistance();

    Truth getLimitsInformationSharing();

    Truth getLimitsCourthouseArrests();

    Truth getBans287g();

    /** STATE_LIMIT or LOCAL_LIMIT. */
    Predicate getLimitPredicate();

    /** Whether these limits bind {@code actor} now. */
    boolean binds(Actor actor);

    /** The scenario path of one of these fields, e.g. {@code localPolicy.limitsDetainers}. */
    String path(String field);
}
