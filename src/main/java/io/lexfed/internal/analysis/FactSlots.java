package io.lexfed.internal.analysis;

import io.lexfed.analysis.FactChange;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The facts of a scenario that can vary, from the fact catalogue: every fact with the values it
 * can take, by JSON path. Assertions (legal conclusions a user may assert) and shorthands are not
 * facts to vary: the questions are about the facts they stand for.
 */
public final class FactSlots {
    /** A variable fact: its JSON path and the known values it can take. */
    public record Slot(String path, List<String> values) {
    }

    private static final List<Slot> SLOTS = Collections.unmodifiableList(slots());

    private FactSlots() {
    }

    public static List<Slot> all() {
        return SLOTS;
    }

    private static List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (Fact f : Catalogue.facts()) {
            if (f.assertion() || f.isShorthand()) {
                continue;
            }
            // hours past release: within the detainer's 48 hours, and beyond them
            out.add(new Slot(f.path(), f.type() == Fact.Type.COUNT ? List.of("24", "72") : f.values()));
        }
        return out;
    }

    /** The value the scenario gives a fact, as written in JSON ({@code UNKNOWN} when not given). */
    public static String valueOf(Scenario s, String path) {
        Fact f = Catalogue.fact(path).orElseThrow(() -> new IllegalArgumentException("no fact " + path));
        return f.name(Catalogue.codes(s)[f.index()]);
    }

    /** The scenario with the changes applied; an unknown path or a value that does not fit is refused. */
    public static Scenario apply(Scenario s, List<FactChange> changes) {
        int[] codes = Catalogue.codes(s);
        for (FactChange c : changes) {
            Fact f = Catalogue.fact(c.path()).orElseThrow(() -> new InvalidScenarioException(c.path(),
                    "not a fact that can be changed; expected one of the scenario's fact paths, e.g. federalAction.warrant"));
            try {
                codes[f.index()] = f.code(c.value());
            } catch (IllegalArgumentException e) {
                throw new InvalidScenarioException(c.path(), e.getMessage());
            }
        }
        return Catalogue.scenario(s, codes);
    }
}
