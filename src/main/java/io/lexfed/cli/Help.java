package io.lexfed.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The usage help of {@code lexfed} and of each command, rendered from the commands' declarations
 * in picocli's layout (which the help looked like before): a usage line, the description wrapped
 * at 80 columns, then a table of operand and options.
 */
final class Help {
    private static final int WIDTH = 80;
    private static final String[] HELP_OPTION = {"-h", "--help", "Show this help message and exit."};

    private Help() {
    }

    static String main(String description, List<Command> commands, List<String> footer) {
        StringBuilder b = new StringBuilder("Usage: lexfed [-hV] [COMMAND]\n");
        wrap(b, description, 0, 0);
        table(b, List.of(HELP_OPTION, new String[] {"-V", "--version", "Print version information and exit."}));
        b.append("Commands:\n");
        int column = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 4;
        for (Command c : commands) {
            b.append("  ").append(c.name()).append(" ".repeat(column - 2 - c.name().length()));
            wrap(b, c.description().get(0), column, column + 2);
        }
        footer.forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    static String of(Command command) {
        StringBuilder b = new StringBuilder();
        List<String> synopsis = new ArrayList<>(List.of("Usage:", "lexfed", command.name(), "[-h]"));
        List<String[]> rows = new ArrayList<>();
        for (Command.Option o : command.options()) {
            synopsis.add(o.type() == Command.Type.LIST ? o.synopsis() + " [" + o.synopsis() + "]..." : "[" + o.synopsis() + "]");
        }
        Command.Operand operand = command.operand();
        if (operand != null) {
            String label = operand.required() ? operand.label() : "[" + operand.label() + "]";
            synopsis.add(label);
            rows.add(new String[] {"", label, operand.description()});
        }
        command.options().forEach(o -> rows.add(new String[] {"", o.synopsis(), o.description()}));
        rows.add(HELP_OPTION);
        wrap(b, String.join(" ", synopsis), 0, ("Usage: lexfed " + command.name() + " ").length());
        command.description().forEach(line -> wrap(b, line, 0, 0));
        table(b, rows);
        return b.toString();
    }

    /** Rows of {short name or "", long name, description}: names in one column, descriptions aligned after them. */
    private static void table(StringBuilder b, List<String[]> rows) {
        int column = 6 + rows.stream().mapToInt(r -> r[1].length()).max().orElse(0) + 3;
        for (String[] r : rows) {
            String names = r[0].isEmpty() ? "      " + r[1] : "  " + r[0] + ", " + r[1];
            b.append(names).append(" ".repeat(column - names.length()));
            wrap(b, r[2], column, column + 2);
        }
    }

    /** Appends {@code text} word-wrapped; the cursor stands at column {@code at}, later lines start at {@code hanging}. */
    private static void wrap(StringBuilder b, String text, int at, int hanging) {
        int col = at;
        boolean first = true;
        for (String word : text.split(" ")) {
            if (!first && col + 1 + word.length() > WIDTH - 1) {
                b.append('\n').append(" ".repeat(hanging));
                col = hanging;
                first = true;
            }
            if (!first) {
                b.append(' ');
                col++;
            }
            b.append(word);
            col += word.length();
            first = false;
        }
        b.append('\n');
    }
}
