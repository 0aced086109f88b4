package io.lexfed.internal.kie;

import io.lexfed.internal.facts.Derived;
import io.lexfed.internal.facts.Literal;
import io.lexfed.internal.mapping.ScenarioMapper;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which predicates the rules read for an actor and an action, found by asking the rules: a session
 * with every predicate open both ways fires every rule the question can reach, and the literals
 * those rules matched are the predicates worth evaluating. Asked once per actor and action, on
 * first use; a scenario then evaluates and inserts only those. Thread-safe: two threads may ask the
 * same question at once and get equal answers.
 */
public final class Relevance {
    private final Sessions sessions;
    private final AtomicReferenceArray<int[]> answers = new AtomicReferenceArray<>(Actor.values().length * Action.values().length);

    public Relevance(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The predicate indices the rules read for {@code actor} taking {@code action}, sorted. */
    public int[] of(Actor actor, Action action) {
        int slot = actor.ordinal() * Action.values().length + action.ordinal();
        int[] known = answers.get(slot);
        if (known == null) {
            TreeSet<Integer> read = new TreeSet<>();
            for (Derived d : Session.run(sessions, ScenarioMapper.FactSet.allOpen(actor, action).facts()).derived()) {
                for (int code : d.basis()) {
                    read.add(Literal.predicate(code));
                }
            }
            known = read.stream().mapToInt(Integer::intValue).toArray();
            answers.set(slot, known);
        }
        return known;
    }
}
