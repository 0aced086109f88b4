package io.lexfed.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One subcommand of {@code lexfed}, declared as data: its name, description, operand and options,
 * whether it evaluates scenarios (then the engine starts loading as soon as its arguments are
 * known to be good) and what it runs. {@link #parse} is the command line's only parser, and
 * {@link Help} renders the same declarations, so an option is written down once. The parser uses
 * no reflection: the CLI's start-up time is part of its contract, and picocli 4.7.7 measured over
 * 100 ms slower to a cold start even with its classes archived (docs/performance.md, "The parser:
 * picocli against the hand-written one").
 */
record Command(String name, List<String> description, Operand operand, List<Option> options, Engine engine, Action action) {

    /** What a command does with its parsed arguments; returns the exit status. */
    @FunctionalInterface
    interface Action {
        int run(Args args, PrintWriter out, PrintWriter err) throws Exception;
    }

    /**
     * Whether the command uses the engine, which then starts loading in the background right after
     * parsing; and whether it evaluates a single scenario, for which the session cache (a saving
     * only across evaluations) is left off unless {@code lexfed.sessionCache} says otherwise.
     */
    enum Engine { LOAD_EARLY, LOAD_EARLY_FOR_ONE_SCENARIO, NOT_USED }

    /** The one positional argument a command takes. */
    record Operand(String label, String description, boolean required) {
        static final Operand FILE = new Operand("FILE", "scenario JSON file, or - for standard input", true);
    }

    /** The kinds of option value; the parser checks each value against its kind before the command runs. */
    enum Type { FLAG, TEXT, INT, LIST }

    /**
     * One {@code --name} option. A TEXT option with {@code choices} accepts only those values
     * (case-sensitive); a LIST option is repeatable and required; a value may follow as the next
     * word or after {@code =}.
     */
    record Option(String name, String label, String description, Type type, String defaultValue, List<String> choices) {
        static Option flag(String name, String description) {
            return new Option(name, "", description, Type.FLAG, null, List.of());
        }

        /** A free-text option; {@code defaultValue} may be null (then the option is absent unless given). */
        static Option text(String name, String label, String defaultValue, String description) {
            return new Option(name, label, description, Type.TEXT, defaultValue, List.of());
        }

        static Option integer(String name, String label, String defaultValue, String description) {
            return new Option(name, label, description, Type.INT, defaultValue, List.of());
        }

        /** The first of {@code choices} is the default. */
        static Option choice(String name, String label, String description, String... choices) {
            return new Option(name, label, description, Type.TEXT, choices[0], List.of(choices));
        }

        static Option list(String name, String label, String description) {
            return new Option(name, label, description, Type.LIST, null, List.of());
        }

        /** How the option is written in the usage line and the option list, e.g. {@code --format=<format>}. */
        String synopsis() {
            return type == Type.FLAG ? name : name + "=" + label;
        }
    }

    /**
     * Parses {@code words[from..]}: options anywhere, {@code --} ends them, {@code -} is an operand
     * (standard input). Throws {@link UsageException} for every mistake, worded as picocli worded
     * it where it had a message for it, so scripts that matched those messages keep working.
     */
    Args parse(String[] words, int from) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String operandValue = null;
        boolean optionsEnded = false;
        for (int i = from; i < words.length; i++) {
            String word = words[i];
            if (!optionsEnded && word.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && word.startsWith("-") && word.length() > 1) {
                int eq = word.indexOf('=');
                Option option = option(eq < 0 ? word : word.substring(0, eq));
                String value;
                if (option.type() == Type.FLAG) {
                    if (eq >= 0) {
                        throw new UsageException("Option '" + option.name() + "' takes no value but was given '" + word.substring(eq + 1) + "'");
                    }
                    value = "";
                } else if (eq >= 0) {
                    value = word.substring(eq + 1);
                } else if (i + 1 < words.length) {
                    value = words[++i];
                } else {
                    throw new UsageException("Missing required parameter for option '" + option.name() + "' (" + option.label() + ")");
                }
                check(option, value);
                List<String> given = values.computeIfAbsent(option.name(), k -> new ArrayList<>());
                if (!given.isEmpty() && option.type() != Type.LIST) {
                    throw new UsageException("option '" + option.name() + "' (" + option.label() + ") should be specified only once");
                }
                given.add(value);
            } else if (operand != null && operandValue == null) {
                operandValue = word;
            } else {
                throw new UsageException("Unmatched argument at index " + i + ": '" + word + "'");
            }
        }
        for (Option option : options) {
            if (option.type() == Type.LIST && !values.containsKey(option.name())) {
                throw new UsageException("Missing required option: '" + option.synopsis() + "'");
            }
            if (option.defaultValue() != null) {
                values.putIfAbsent(option.name(), List.of(option.defaultValue()));
            }
        }
        if (operand != null && operand.required() && operandValue == null) {
            throw new UsageException("Missing required parameter: '" + operand.label() + "'");
        }
        return new Args(operandValue, values);
    }

    private Option option(String name) {
        for (Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        throw new UsageException("Unknown option: '" + name + "'" + Suggestions.didYouMean(name, options.stream().map(Option::name).toList()));
    }

    private static void check(Option option, String value) {
        if (!option.choices().isEmpty() && !option.choices().contains(value)) {
            throw new UsageException("Invalid value for option '" + option.name() + "': expected one of " + option.choices()
                    + " (case-sensitive) but was '" + value + "'");
        }
        if (option.type() == Type.INT) {
            try {
                Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new UsageException("Invalid value for option '" + option.name() + "': '" + value + "' is not an int");
            }
        }
    }

    /** A mistake in the command line itself: exit status 2 and one line that points to the help. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
