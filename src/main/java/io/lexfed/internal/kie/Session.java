package io.lexfed.internal.kie;

import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.Derived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one evaluation in an empty session and returns what the rules derived. Afterwards the
 * session is emptied (every fact deleted) and handed back for reuse, or disposed of if anything is
 * left in it.
 */
public final class Session {
    /**
     * The result of one run of the rules: what they derived, with the rules that fired for certain
     * (on literals that are all certain). Immutable, so that a result can be shared by evaluations of
     * equal fact sets on any thread (see {@link RunCache}).
     */
    public record Run(List<Derived> derived, Set<String> rulesFired) {
        public Run {
            derived = List.copyOf(derived);
            rulesFired = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rulesFired));
        }

        /** The conclusions among what the rules derived, in the order derived. */
        public List<Conclusion> conclusions() {
            List<Conclusion> out = new ArrayList<>(derived.size());
            for (Derived d : derived) {
                if (d instanceof Conclusion c) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    private Session() {
    }

    public static Run run(Sessions sessions, Collection<?> facts) {
        KieSession session = sessions.take();
        boolean reusable = false;
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Derived> derived = new ArrayList<>();
            Set<String> fired = new LinkedHashSet<>();
            for (Object o : session.getObjects(o -> o instanceof Derived)) {
                Derived d = (Derived) o;
                derived.add(d);
                if (d.isCertain()) {
                    fired.add(d.getRule());
                }
            }
            List<FactHandle> handles = new ArrayList<>(session.getFactHandles());
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
