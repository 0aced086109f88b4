package io.lexfed.internal.kie;

import io.lexfed.internal.facts.Derived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one evaluation in an empty session and returns what survived: the derived facts and the
 * fired rules that derived them. Afterwards the session is emptied (its facts retracted) and handed
 * back for reuse, or disposed of if anything is left in it.
 */
public final class Session {
    /**
     * The result of one run of the rules: the surviving derived facts and the rules that derived
     * them. Immutable, so that a result can be shared by evaluations of equal fact sets on any
     * thread (see {@link RunCache}).
     */
    public record Run(List<Derived> derived, Set<String> rulesFired) {
        public Run {
            derived = List.copyOf(derived);
            rulesFired = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rulesFired));
        }
    }

    private Session() {
    }

    public static Run run(Sessions sessions, Collection<?> facts) {
        KieSession session = sessions.take();
        List<FactHandle> handles = new ArrayList<>(facts.size());
        boolean reusable = false;
        try {
            facts.forEach(f -> handles.add(session.insert(f)));
            session.fireAllRules();
            List<Derived> derived = new ArrayList<>();
            // Every derived fact was inserted by its rule's firing, so the rules behind the surviving
            // facts are exactly the fired rules whose derivations survive; no agenda listener needed.
            Set<String> fired = new LinkedHashSet<>();
            for (Object o : session.getObjects(o -> o instanceof Derived)) {
                Derived d = (Derived) o;
                derived.add(d);
                fired.add(d.getRule());
            }
            // Retracting the raw facts retracts everything derived from them (truth maintenance); a
            // session left with no fact and nothing to fire is as good as new.
            handles.forEach(session::delete);
            session.fireAllRules();
            reusable = session.getFactCount() == 0;
            return new Run(derived, fired);
        } finally {
            if (reusable) {
                sessions.release(session);
            } else {
                session.dispose();
            }
        }
    }
}
