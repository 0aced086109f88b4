package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.cli.Command.UsageException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code lexfed} command line. Exit status: 0 success, 2 bad input (one line on stderr naming
 * the file, the JSON path and what was expected; nothing on stdout), 1 internal error. A mistake in
 * the command line itself is bad input too: one line, {@code lexfed: ... (see 'lexfed --help')}.
 */
public final class Main {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private static final String DESCRIPTION = "Cited, explained determinations of what state and local police, officials and private people "
            + "may lawfully do when federal immigration agents act. Not legal advice.";
    /** The help's example command lines; each one runs as shown from the project's folder (a test runs them all). */
    static final List<String> EXAMPLES = List.of(
            "lexfed evaluate docs/examples/01-sheriff-may-decline-to-assist-ice.json --format text",
            "cat docs/examples/05-oregon-jail-may-decline-a-detainer.json | lexfed evaluate -",
            "lexfed explain docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json",
            "lexfed whatif docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json --set federalAction.warrant=JUDICIAL",
            "lexfed next docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json --format json",
            "lexfed graph docs/examples/09-police-may-arrest-an-agent-who-entered-a-home-without-a-judicial-warrant.json --format dot | dot -Tpng > map.png",
            "lexfed batch docs/examples/scenarios.jsonl --out determinations.jsonl --progress",
            "lexfed validate docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json",
            "lexfed authorities --doctrine detainers",
            "lexfed rules --format json",
            "lexfed kb --state IL --locality Chicago --date 2023-06-01",
            "lexfed completion bash > ~/.local/share/bash-completion/completions/lexfed",
            "lexfed serve --port 8080");

    private static final List<String> FOOTER = footer();

    private static List<String> footer() {
        List<String> lines = new java.util.ArrayList<>(List.of("", "Examples:"));
        EXAMPLES.forEach(e -> lines.add("  " + e));
        lines.addAll(List.of("", "Exit status: 0 ok, 2 bad input, 1 internal error."));
        return List.copyOf(lines);
    }

    private static final Command HELP = new Command("help", List.of("Display help information about the specified command."),
            new Command.Operand("COMMAND", "the command to show the help of; without one, the help of lexfed", false),
            List.of(), Command.Engine.NOT_USED, Main::help);

    static final List<Command> COMMANDS = List.of(EvaluateCommand.COMMAND, ExplainCommand.COMMAND, WhatIfCommand.COMMAND, NextCommand.COMMAND,
            GraphCommand.COMMAND, BatchCommand.COMMAND, ValidateCommand.COMMAND, AuthoritiesCommand.COMMAND, RulesCommand.COMMAND,
            KbCommand.COMMAND, ServeCommand.COMMAND, CompletionCommand.COMMAND, HELP);

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given streams, without exiting.
     *
     * @param args the command and its arguments
     * @param out where results go
     * @param err where errors go, one line each
     * @return the exit status: 0 ok, 2 bad input, 1 internal error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The library logs through the SLF4J API only; the CLI binds no backend and wants no
        // "no providers" chatter on stderr, which is reserved for one-line errors.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println("lexfed: " + e.getMessage() + " (see 'lexfed --help')");
            return BAD_INPUT;
        } catch (BadInputException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (Exception e) {
            err.println("lexfed: internal error: " + e);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        if (args.length == 0) {
            throw new UsageException("Missing required subcommand");
        }
        switch (args[0]) {
            case "-h", "--help" -> {
                out.print(Help.main(DESCRIPTION, COMMANDS, FOOTER));
                return OK;
            }
            case "-V", "--version" -> {
                out.println("lexfed " + LexFed.version());
                out.println("rules " + LexFed.rulesFingerprint());
                out.println("determination schema " + io.lexfed.determination.Determination.SCHEMA_VERSION);
                return OK;
            }
        }
        Command command = command(args[0]);
        if (helpRequested(args)) {
            out.print(Help.of(command));
            return OK;
        }
        Args parsed = command.parse(args, 1);
        if (command.engine() != Command.Engine.NOT_USED) {
            EngineLoad.start(command.engine() == Command.Engine.LOAD_EARLY_FOR_ONE_SCENARIO);
        }
        return command.action().run(parsed, out, err);
    }

    private static Command command(String name) {
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        if (name.startsWith("-")) {
            throw new UsageException("Unknown option: '" + name + "'" + Suggestions.didYouMean(name, List.of("-h", "--help", "-V", "--version")));
        }
        throw new UsageException("Unknown command: '" + name + "'" + Suggestions.didYouMean(name, COMMANDS.stream().map(Command::name).toList()));
    }

    /** {@code -h} or {@code --help} after the command and before {@code --}. */
    private static boolean helpRequested(String[] args) {
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                return true;
            }
        }
        return false;
    }

    private static int help(Args args, PrintWriter out, PrintWriter err) {
        out.print(args.operand() == null ? Help.main(DESCRIPTION, COMMANDS, FOOTER) : Help.of(command(args.operand())));
        return OK;
    }
}
