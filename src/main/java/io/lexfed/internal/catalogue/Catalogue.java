package io.lexfed.internal.catalogue;

import io.lexfed.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact catalogue the engine reads scenarios by: every fact of {@code rules/facts.yaml} with
 * its path, values and question, and the conversion between a scenario and its facts' codes (one
 * int per fact, {@link Fact#UNKNOWN} when not known). Immutable and thread-safe.
 */
public final class Catalogue {
    private static final Map<String, Fact> BY_PATH = byPath();
    // the contradictions each fact takes part in, by fact index
    private static final Contradiction[][] INVOLVING = involving();

    private Catalogue() {
    }

    /** Every fact, in catalogue order (by part, then by field). */
    public static List<Fact> facts() {
        return CatalogueData.FACTS;
    }

    /** How many facts there are. */
    public static int size() {
        return CatalogueData.COUNT;
    }

    /** The fact at index {@code i}. */
    public static Fact fact(int i) {
        return CatalogueData.FACTS.get(i);
    }

    /** The fact at a JSON path such as {@code federalAction.warrant}. */
    public static Optional<Fact> fact(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /** The documentation of an enum or record type by its simple name, or of a part as {@code part:<name>}. */
    public static Optional<String> doc(String name) {
        return Optional.ofNullable(CatalogueData.DOCS.get(name));
    }

    /** The codes of a scenario's facts, indexed as {@link #facts()}. */
    public static int[] codes(Scenario s) {
        return CatalogueData.encode(s);
    }

    /**
     * The scenario with the question (date, place, actor, action) of {@code question} and the facts
     * {@code codes}.
     *
     * @throws io.lexfed.scenario.InvalidScenarioException if the codes contradict each other
     */
    public static Scenario scenario(Scenario question, int[] codes) {
        return CatalogueData.decode(question, codes);
    }

    /** Whether codes hold a contradiction; unknown facts hold none. */
    public static boolean contradictory(int[] codes) {
        for (Contradiction c : CatalogueData.CONTRADICTIONS) {
            if (c.heldBy(codes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether codes hold a contradiction in which fact {@code f} takes part: enough, after changing
     * {@code f}, to tell whether codes that held none before hold one now.
     */
    public static boolean contradictory(int[] codes, int f) {
        for (Contradiction c : INVOLVING[f]) {
            if (c.heldBy(codes)) {
                return true;
            }
        }
        return false;
    }

    private static Contradiction[][] involving() {
        Contradiction[][] out = new Contradiction[CatalogueData.COUNT][];
        for (int f = 0; f < out.length; f++) {
            int fact = f;
            out[f] = CatalogueData.CONTRADICTIONS.stream().filter(c -> java.util.Arrays.stream(c.facts()).anyMatch(x -> x == fact))
                    .toArray(Contradiction[]::new);
        }
        return out;
    }

    private static Map<String, Fact> byPath() {
        Map<String, Fact> m = new HashMap<>();
        CatalogueData.FACTS.forEach(f -> m.put(f.path(), f));
        return Map.copyOf(m);
    }
}
