package io.lexfed.analysis;

import io.lexfed.scenario.InvalidScenarioException;

/**
 * One change to a scenario fact: its JSON path (e.g. {@code federalAction.warrant}) and the value
 * it takes (e.g. {@code JUDICIAL}, {@code YES}, {@code 72}).
 */
public record FactChange(String path, String value) {
    public FactChange {
        if (path == null || path.isBlank() || value == null || value.isBlank()) {
            throw new InvalidScenarioException(path == null ? "" : path, "a change needs a path and a value");
        }
    }

    /** Parses {@code path=value}. */
    public static FactChange parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0 || eq == assignment.length() - 1) {
            throw new InvalidScenarioException("", "expected path=value, got \"" + assignment + "\"");
        }
        return new FactChange(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
