package io.lexfed.internal.kie;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Collects, for one session, the rules that fired, in firing order. Truth maintenance may later
 * retract what a fired rule derived, so the trace keeps only rules whose derivations survive.
 */
final class FiredRules extends DefaultAgendaEventListener {
    private final List<String> fired = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule().getName());
    }

    List<String> fired() {
        return fired;
    }
}
