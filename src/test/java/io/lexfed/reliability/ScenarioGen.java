package io.lexfed.reliability;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.JurisdictionFile;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.Truth;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates valid scenarios: every actor and action, every tri-state and enumerated fact of every
 * part (absent, UNKNOWN or a known value), hours past release, a date from 1990 to 2030, a state
 * from the fifty-one or none, and sometimes a locality the knowledge base knows. Every choice
 * shrinks towards "absent", so a failing case shrinks to the fewest facts. A generated
 * combination the scenario model rejects as contradictory is repaired by dropping the field the
 * rejection names, so every scenario handed to a property is one a user could have written.
 */
public final class ScenarioGen {
    /** A field that can be set: its JSON path and its values; a generated 0 leaves it absent. */
    record Field(String part, String name, List<Object> values) {
        String path() {
            return part + "." + name;
        }
    }

    static final List<Field> FIELDS = fields();
    private static final Map<String, List<String>> LOCALITIES = localities();
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2030, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private ScenarioGen() {
    }

    private static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (RecordComponent part : Scenario.class.getRecordComponents()) {
            if (!part.getType().isRecord() || part.getName().equals("jurisdiction")) {
                continue;
            }
            for (RecordComponent c : part.getType().getRecordComponents()) {
                Class<?> t = c.getType();
                List<Object> values = new ArrayList<>();
                if (t.isEnum()) {
                    for (Object v : t.getEnumConstants()) {
                        values.add(((Enum<?>) v).name());
                    }
                } else if (t == Integer.class) {
                    values.addAll(List.of(0, 1, 24, 47, 48, 49, 72, 1000));
                } else {
                    throw new IllegalStateException("the generator does not know how to vary " + part.getName() + "." + c.getName() + " (" + t + ")");
                }
                out.add(new Field(part.getName(), c.getName(), values));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> localities() {
        Map<String, List<String>> out = new TreeMap<>();
        KnowledgeBase.load(Registry.load()).files().forEach((st, f) ->
                out.put(st, f.localities().stream().map(JurisdictionFile.Locality::name).toList()));
        return out;
    }

    /** Valid scenarios, as described above. */
    public static Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> actor = Arbitraries.integers().between(0, Actor.values().length - 1);
        Arbitrary<Integer> action = Arbitraries.integers().between(0, Action.values().length - 1);
        Arbitrary<Integer> state = Arbitraries.integers().between(0, KnowledgeBase.JURISDICTIONS.size());
        Arbitrary<Integer> locality = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, DAYS);
        Arbitrary<List<Integer>> facts = Arbitraries.integers().between(0, 64).list().ofSize(FIELDS.size());
        return Combinators.combine(actor, action, state, locality, day, facts).as(ScenarioGen::build);
    }

    static Scenario build(int actor, int action, int state, int locality, int day, List<Integer> facts) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("actor", Actor.values()[actor].name());
        root.put("action", Action.values()[action].name());
        root.put("date", FIRST.plusDays(day).toString());
        if (state > 0) {
            String st = KnowledgeBase.JURISDICTIONS.get(state - 1);
            ObjectNode j = root.putObject("jurisdiction").put("state", st);
            List<String> known = LOCALITIES.getOrDefault(st, List.of());
            if (locality > 0 && locality <= known.size()) {
                j.put("locality", known.get(locality - 1));
            }
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            Field f = FIELDS.get(i);
            int pick = facts.get(i) % (f.values().size() + 1);
            if (pick == 0) {
                continue;
            }
            ObjectNode part = root.has(f.part()) ? (ObjectNode) root.get(f.part()) : root.putObject(f.part());
            Object v = f.values().get(pick - 1);
            if (v instanceof Integer n) {
                part.put(f.name(), n);
            } else {
                part.put(f.name(), (String) v);
            }
        }
        return repaired(root);
    }

    // Each rejection names one field; dropping it can only remove contradictions, so this ends.
    private static Scenario repaired(ObjectNode root) {
        while (true) {
            try {
                return LexFedJson.readScenario(root.toString());
            } catch (InvalidScenarioException e) {
                String[] path = e.path().split("\\.");
                ObjectNode parent = root;
                for (int i = 0; i < path.length - 1 && parent != null; i++) {
                    parent = parent.get(path[i]) instanceof ObjectNode o ? o : null;
                }
                if (parent == null || parent.remove(path[path.length - 1]) == null) {
                    throw new IllegalStateException("cannot repair a generated scenario rejected at " + e.path() + ": " + e.problem(), e);
                }
            }
        }
    }

    /** Whether the scenario leaves the field unknown. */
    static boolean unknown(Scenario s, Field f) {
        try {
            Object part = Scenario.class.getMethod(f.part()).invoke(s);
            Object v = part.getClass().getMethod(f.name()).invoke(part);
            return v == null || v == Truth.UNKNOWN || (v instanceof Enum<?> en && en.name().equals("UNKNOWN"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
