package io.lexfed.analysis;

import io.lexfed.scenario.InvalidScenarioException;

/**
 * One change to a scenario fact: its JSON path (e.g. {@code federalAction.warrant}) and the value
 * it takes (e.g. {@code JUDICIAL}, {@code YES}, {@code 72}).
 *
 * @param path the fact's JSON path in the scenario
 * @param value the value it takes, as written in JSON
 */
public record FactChange(String path, String value) {
    /**
     * Refuses a change without a path or a value.
     *
     * @param path the fact's JSON path in the scenario
     * @param value the value it takes, as written in JSON
     * @throws InvalidScenarioException if the path or the value is missing or blank
     */
    public FactChange {
        if (path == null || path.isBlank() || value == null || value.isBlank()) {
            throw new InvalidScenarioException(path == null ? "" : path, "a change needs a path and a value");
        }
    }

    /**
     * Parses {@code path=value}, as the CLI's {@code --set} takes it.
     *
     * @param assignment the text, e.g. {@code federalAction.warrant=JUDICIAL}
     * @return the change
     * @throws InvalidScenarioException if there is no {@code =} with text on both sides
     */
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
