package io.lexfed.internal.facts;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Truth;

/**
 * Limits on cooperation with federal immigration enforcement, as a state statute or a local
 * policy states them. One shape for both, so one rule classifies each kind of limit whichever
 * level of government imposed it; state limits bind state and local actors, local limits local ones.
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

    /** Whether these limits bind {@code actor}: a state's bind its own and its localities' officers; a locality's, its own. */
    default boolean binds(Actor actor) {
        return getLimitPredicate() == Predicate.STATE_LIMIT ? actor.isGovernmental() : actor.isLocal();
    }

    /** The scenario path of one of these fields, e.g. {@code localPolicy.limitsDetainers}. */
    String path(String field);
}
