package io.lexfed.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.analysis.FactChange;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.Truth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The facts of a scenario that can vary, read from the scenario records themselves: every
 * tri-state fact and every enumerated fact, with the values it can take, by JSON path. The
 * question itself (actor, action, date, jurisdiction) and the "none" shorthands are not facts to vary.
 */
public final class FactSlots {
    /** A variable fact: its JSON path and the known values it can take. */
    public record Slot(String path, List<String> values) {
    }

    private static final Set<String> NOT_VARIED = Set.of("date", "jurisdiction", "actor", "action", "stateLaw.noStatewideLaw",
            "localPolicy.noLocalPolicy", "proposedPolicy.noLocalPolicy");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Slot> SLOTS = Collections.unmodifiableList(slots());

    private FactSlots() {
    }

    public static List<Slot> all() {
        return SLOTS;
    }

    private static List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (RecordComponent part : Scenario.class.getRecordComponents()) {
            if (NOT_VARIED.contains(part.getName())) {
                continue;
            }
            for (RecordComponent c : part.getType().getRecordComponents()) {
                String path = part.getName() + "." + c.getName();
                if (NOT_VARIED.contains(path)) {
                    continue;
                }
                Class<?> t = c.getType();
                if (t == Truth.class) {
                    out.add(new Slot(path, List.of("YES", "NO")));
                } else if (t.isEnum()) {
                    List<String> values = new ArrayList<>();
                    for (Object v : t.getEnumConstants()) {
                        if (!"UNKNOWN".equals(((Enum<?>) v).name())) {
                            values.add(((Enum<?>) v).name());
                        }
                    }
                    out.add(new Slot(path, values));
                } else if (t == Integer.class) {
                    // hours past release: within the detainer's 48 hours, and beyond them
                    out.add(new Slot(path, List.of("24", "72")));
                }
            }
        }
        return out;
    }

    /** The value the scenario gives a slot, as written in JSON ({@code UNKNOWN} or absent means unknown). */
    public static String valueOf(Scenario s, String path) {
        JsonNode n = tree(s).at("/" + path.replace('.', '/'));
        return n.isMissingNode() || n.isNull() ? "UNKNOWN" : n.asText();
    }

    /** The scenario with the changes applied; an unknown path or a value that does not fit is refused. */
    public static Scenario apply(Scenario s, List<FactChange> changes) {
        ObjectNode root = tree(s);
        for (FactChange c : changes) {
            String[] parts = c.path().split("\\.");
            boolean known = SLOTS.stream().anyMatch(x -> x.path().equals(c.path()));
            if (!known || parts.length != 2) {
                throw new InvalidScenarioException(c.path(), "not a fact that can be changed; expected one of the scenario's fact paths, e.g. federalAction.warrant");
            }
            ObjectNode parent = root.has(parts[0]) && root.get(parts[0]).isObject() ? (ObjectNode) root.get(parts[0]) : root.putObject(parts[0]);
            if (c.value().matches("-?\\d+") && c.path().equals("detainer.hoursPastRelease")) {
                parent.put(parts[1], Integer.parseInt(c.value()));
            } else {
                parent.put(parts[1], c.value());
            }
        }
        return LexFedJson.readScenario(root);
    }

    private static ObjectNode tree(Scenario s) {
        try {
            return (ObjectNode) JSON.readTree(LexFedJson.write(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
