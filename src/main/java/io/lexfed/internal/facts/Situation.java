package io.lexfed.internal.facts;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.Set;


/**
 * Who proposes to do what: the root fact every doctrine rule starts from. The date of the events
 * reaches the rules only through {@link #inForce}, never as a date, so that the session's result
 * is a function of the fact set (see {@code ScenarioMapper.FactSet}).
 */
public final class Situation implements ArgumentNode {
    private final Actor actor;
    private final Action action;
    private final java.util.function.Predicate<String> inForce;

    public Situation(Actor actor, Action action, java.util.function.Predicate<String> inForce) {
        this.actor = actor;
        this.action = action;
        this.inForce = inForce;
    }

    public Actor getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public boolean isGovernmental() {
        return actor.isGovernmental();
    }

    public boolean isLawEnforcement() {
        return actor.isLawEnforcement();
    }

    public boolean isLocalActor() {
        return actor.isLocal();
    }

    /**
     * Which kinds of cooperation limits bind this actor: a state's limits bind its own and its
     * localities' officers; a locality's bind only its own.
     */
    public Set<Predicate> getLimitsBinding() {
        if (actor.isLocal()) {
            return Set.of(Predicate.STATE_LIMIT, Predicate.LOCAL_LIMIT);
        }
        return actor.isGovernmental() ? Set.of(Predicate.STATE_LIMIT) : Set.of();
    }

    /** Whether the registry's authority {@code id} was in force on the scenario's date. */
    public boolean inForce(String id) {
        return inForce.test(id);
    }

    @Override
    public String node() {
        return "fact:actorAndAction";
    }
}
