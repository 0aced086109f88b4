package io.lexfed.internal.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One fact of the catalogue ({@code rules/facts.yaml}): its index among all facts, its JSON path,
 * the part and field it belongs to, its type and the known values it can take (by code: a value's
 * position in {@code values}), the question a lawyer would ask to learn it, its documentation,
 * the authorities whose application it decides, whether it is a legal conclusion a user may only
 * assert, and, for a shorthand, the facts it fills (fact index to code) when YES.
 */
public record Fact(int index, String path, String part, String name, Type type, List<String> values, String question, String doc,
                   List<String> turnsOn, boolean assertion, Map<Integer, Integer> fills) {
    /** A truth (YES, NO), a count (a whole number), or an enumerated value. */
    public enum Type { TRUTH, COUNT, ENUM }

    /** The code of an unknown value, whatever the type. */
    public static final int UNKNOWN = -1;

    public Fact {
        values = List.copyOf(values);
        turnsOn = List.copyOf(turnsOn);
        fills = Map.copyOf(fills);
    }

    /** The value a code stands for, as written in JSON: a value's name, a count's number, or UNKNOWN. */
    public String name(int code) {
        if (code == UNKNOWN) {
            return "UNKNOWN";
        }
        return type == Type.COUNT ? Integer.toString(code) : values.get(code);
    }

    /**
     * The code of a value as written in JSON, or {@link #UNKNOWN} for "UNKNOWN".
     *
     * @throws IllegalArgumentException if the fact cannot take it
     */
    public int code(String value) {
        if ("UNKNOWN".equals(value)) {
            return UNKNOWN;
        }
        if (type == Type.COUNT) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException("expected a whole number of zero or more, got \"" + value + "\"");
        }
        int i = values.indexOf(value);
        if (i < 0) {
            throw new IllegalArgumentException("expected one of " + values + ", got \"" + value + "\"");
        }
        return i;
    }

    /** Whether this fact is a shorthand that fills others. */
    public boolean isShorthand() {
        return !fills.isEmpty();
    }
}
