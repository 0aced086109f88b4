package io.lexfed.internal.facts;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Who proposes to do what, and when: the root fact every doctrine rule starts from. */
public final class Situation {
    private final Actor actor;
    private final Action action;
    private final LocalDate date;
    private final Predicate<String> inForce;

    public Situation(Actor actor, Action action, LocalDate date, Predicate<String> inForce) {
        this.actor = actor;
        this.action = action;
        this.date = date;
        this.inForce = inForce;
    }

    public Actor getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public LocalDate getDate() {
        return date;
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

    /** Whether the registry's authority {@code id} was in force on the scenario's date. */
    public boolean inForce(String id) {
        return inForce.test(id);
    }
}
