package io.lexfed.internal.facts;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;

/**
 * Who proposes to do what: the question every doctrine rule starts from. Everything else the
 * rules see arrives as the values of legal predicates ({@link Is}, {@link IsNot}).
 */
public final class Situation {
    private final Actor actor;
    private final Action action;

    public Situation(Actor actor, Action action) {
        this.actor = actor;
        this.action = action;
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
}
