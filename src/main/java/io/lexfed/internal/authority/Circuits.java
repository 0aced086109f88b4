package io.lexfed.internal.authority;

import java.util.Map;

/**
 * The federal judicial circuit each state and territory sits in (28 U.S.C. 41), so that a court of
 * appeals' decision binds exactly where its circuit reaches.
 */
public final class Circuits {
    private static final Map<String, String> OF = Map.ofEntries(
            Map.entry("ME", "1"), Map.entry("MA", "1"), Map.entry("NH", "1"), Map.entry("RI", "1"), Map.entry("PR", "1"),
            Map.entry("CT", "2"), Map.entry("NY", "2"), Map.entry("VT", "2"),
            Map.entry("DE", "3"), Map.entry("NJ", "3"), Map.entry("PA", "3"), Map.entry("VI", "3"),
            Map.entry("MD", "4"), Map.entry("NC", "4"), Map.entry("SC", "4"), Map.entry("VA", "4"), Map.entry("WV", "4"),
            Map.entry("LA", "5"), Map.entry("MS", "5"), Map.entry("TX", "5"),
            Map.entry("KY", "6"), Map.entry("MI", "6"), Map.entry("OH", "6"), Map.entry("TN", "6"),
            Map.entry("IL", "7"), Map.entry("IN", "7"), Map.entry("WI", "7"),
            Map.entry("AR", "8"), Map.entry("IA", "8"), Map.entry("MN", "8"), Map.entry("MO", "8"), Map.entry("NE", "8"),
            Map.entry("ND", "8"), Map.entry("SD", "8"),
            Map.entry("AK", "9"), Map.entry("AZ", "9"), Map.entry("CA", "9"), Map.entry("HI", "9"), Map.entry("ID", "9"),
            Map.entry("MT", "9"), Map.entry("NV", "9"), Map.entry("OR", "9"), Map.entry("WA", "9"), Map.entry("GU", "9"),
            Map.entry("MP", "9"),
            Map.entry("CO", "10"), Map.entry("KS", "10"), Map.entry("NM", "10"), Map.entry("OK", "10"), Map.entry("UT", "10"),
            Map.entry("WY", "10"),
            Map.entry("AL", "11"), Map.entry("FL", "11"), Map.entry("GA", "11"),
            Map.entry("DC", "DC"));

    private Circuits() {
    }

    /** The circuit of a state or territory by its two-letter code, or null if it is not one. */
    public static String of(String state) {
        return state == null ? null : OF.get(state);
    }

    /** Whether {@code circuit} names a regional circuit ("1" to "11", "DC"). */
    static boolean isCircuit(String circuit) {
        return OF.containsValue(circuit);
    }
}
