package io.lexfed.scenario;

/**
 * Thrown when a scenario is malformed or contradicts itself. {@link #path()} names the offending
 * field as a JSON path relative to the object that rejected it (for example
 * {@code agreement287g.functionWithinAgreement}); the JSON reader prefixes it to a full path.
 * The message is always one line: line breaks and other control characters echoed from the input
 * are written as escapes ({@code \n}, {@code \u0000}).
 */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The JSON path of the offending field, without the leading {@code $}. */
    private final String path;
    /** What was wrong, without the path. */
    private final String problem;

    /**
     * A problem with the field at {@code path}.
     *
     * @param path the field's JSON path relative to the object that rejected it, without the leading {@code $}; empty for the object itself
     * @param problem what was wrong, in one sentence
     */
    public InvalidScenarioException(String path, String problem) {
        super("$" + (path.isEmpty() ? "" : "." + oneLine(path)) + ": " + oneLine(problem));
        this.path = oneLine(path);
        this.problem = oneLine(problem);
    }

    // A rejected value is quoted back to the user; one that carries a line break would split the
    // CLI's one-line error (and a log line) in two.
    private static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (control) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Where the problem is.
     *
     * @return the JSON path of the offending field, without the leading {@code $}
     */
    public String path() {
        return path;
    }

    /**
     * What the problem is.
     *
     * @return what was wrong, without the path
     */
    public String problem() {
        return problem;
    }

    /**
     * The same problem, located under {@code parent}, as a reader of an enclosing object reports it.
     *
     * @param parent the JSON path of the object that holds the offending field
     * @return the exception with the longer path
     */
    public InvalidScenarioException under(String parent) {
        return new InvalidScenarioException(path.isEmpty() ? parent : parent + "." + path, problem);
    }
}
