package io.lexfed.internal.predicates;

import java.util.List;

/**
 * One legal predicate as {@code rules/predicates/<doctrine>.yaml} defines it: its id (what rules
 * write in {@code Is("...")}), its doctrine and section of the analysis, the proposition it states
 * and the sentences that state it YES and NO, its authorities, the assertion a user may make of it
 * (a catalogue fact index, or -1), and the tree of elements it is computed from.
 */
public record Definition(int index, String id, String doctrine, String analysis, String says, String yes, String no,
                         List<String> cites, int assertedBy, Node node) {
    public Definition {
        cites = List.copyOf(cites);
    }

    /** The sentence that states this predicate's value. */
    public String statement(Holds h) {
        return switch (h) {
            case YES -> yes;
            case NO -> no;
            case UNKNOWN -> "Whether " + lower(says) + " turns on facts not given.";
            case UNSETTLED -> "Whether " + lower(says) + " is unsettled: nothing binding decides it.";
        };
    }

    private static String lower(String s) {
        // keep a leading acronym or statute number as it is
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) || Character.isDigit(s.charAt(0)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
