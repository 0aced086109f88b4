package io.lexfed.scenario;

/**
 * Thrown when a scenario is malformed or contradicts itself. {@link #path()} names the offending
 * field as a JSON path relative to the object that rejected it (for example
 * {@code agreement287g.functionWithinAgreement}); the JSON reader prefixes it to a full path.
 */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    public InvalidScenarioException(String path, String problem) {
        super("$" + (path.isEmpty() ? "" : "." + path) + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path of the offending field, without the leading {@code $}. */
    public String path() {
        return path;
    }

    /** What was wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** The same problem, located under {@code parent}. */
    public InvalidScenarioException under(String parent) {
        return new InvalidScenarioException(path.isEmpty() ? parent : parent + "." + path, problem);
    }
}
