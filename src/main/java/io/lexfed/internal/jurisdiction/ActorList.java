package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Actor;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The actors a provision binds, in the order the file gives them, answering {@code contains} from a bit mask: every
 * evaluation asks it of each provision of the question's state and place. Immutable; equal to any list of the same
 * actors in the same order.
 */
final class ActorList extends AbstractList<Actor> implements RandomAccess {
    private final Actor[] actors;
    private final long mask;

    private ActorList(Actor[] actors) {
        this.actors = actors;
        long m = 0;
        for (Actor a : actors) {
            m |= 1L << a.ordinal();
        }
        this.mask = m;
    }

    static List<Actor> of(List<Actor> actors) {
        return actors.isEmpty() ? List.of() : new ActorList(List.copyOf(actors).toArray(Actor[]::new));
    }

    @Override
    public Actor get(int index) {
        return actors[index];
    }

    @Override
    public int size() {
        return actors.length;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Actor a && (mask & 1L << a.ordinal()) != 0;
    }
}
