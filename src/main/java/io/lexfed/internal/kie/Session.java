package io.lexfed.internal.kie;

import io.lexfed.internal.facts.Derived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;

/**
 * Runs one evaluation in a session taken from the rule base's pool and reset afterwards (no fact,
 * listener or agenda item outlives the evaluation), and returns what survived: the derived facts
 * and the fired rules that derived them.
 */
public final class Session {
    /** The result of one run of the rules. */
    public record Run(List<Derived> derived, Set<String> rulesFired) {
    }

    private Session() {
    }

    public static Run run(RuleBase base, Collection<?> facts) {
        KieSession session = base.session();
        FiredRules listener = new FiredRules();
        try {
            session.addEventListener(listener);
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Derived> derived = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Derived)) {
                derived.add((Derived) o);
            }
            Set<String> surviving = new LinkedHashSet<>();
            derived.forEach(d -> surviving.add(d.getRule()));
            Set<String> fired = new LinkedHashSet<>();
            for (String rule : listener.fired()) {
                if (surviving.contains(rule)) {
                    fired.add(rule);
                }
            }
            return new Run(derived, fired);
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }
}
