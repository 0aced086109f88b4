package io.lexfed.internal.facts;

import io.lexfed.scenario.Truth;

/**
 * Limits on cooperation with federal immigration enforcement, as a state statute or a local
 * policy states them. One shape for both, so one rule classifies each kind of limit whichever
 * level of government imposed it. Which actors each binds is the Situation's to say.
 */
public interface CooperationLimits {
    Truth getLimitsDetainers();

    Truth getLimitsAssistance();

    Truth getLimitsInformationSharing();

    Truth getLimitsCourthouseArrests();

    Truth getBans287g();

    /** STATE_LIMIT or LOCAL_LIMIT. */
    Predicate getLimitPredicate();

    /** Whether these limits bind now: a state's law does; a proposed local policy does not yet. */
    boolean isInForce();

    /** The scenario path of one of these fields, e.g. {@code localPolicy.limitsDetainers}. */
    String path(String field);
}
