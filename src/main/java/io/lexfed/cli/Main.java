package io.lexfed.cli;

import io.lexfed.LexFed;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lexfed} command line. Exit status: 0 success, 2 bad input (one line on stderr naming
 * the file, the JSON path and what was expected; nothing on stdout), 1 internal error.
 */
@Command(name = "lexfed", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Cited, explained determinations of what state and local police, officials and private people may lawfully do "
                + "when federal immigration agents act. Not legal advice."},
        subcommands = {EvaluateCommand.class, ExplainCommand.class, WhatIfCommand.class, NextCommand.class, GraphCommand.class, BatchCommand.class,
                ValidateCommand.class, AuthoritiesCommand.class, RulesCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  lexfed evaluate docs/examples/01-decline-to-assist.json --format text",
                "  cat scenario.json | lexfed evaluate - ",
                "  lexfed explain docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json",
                "  lexfed whatif scenario.json --set federalAction.warrant=JUDICIAL",
                "  lexfed next scenario.json",
                "  lexfed graph scenario.json --format dot | dot -Tpng > map.png",
                "  lexfed batch scenarios.jsonl --out determinations.jsonl",
                "  lexfed validate scenario.json",
                "  lexfed authorities --doctrine detainers",
                "  lexfed rules",
                "  lexfed serve --port 8080",
                "", "Exit status: 0 ok, 2 bad input, 1 internal error."})
public final class Main {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The library logs through the SLF4J API only; the CLI binds no backend and wants no
        // "no providers" chatter on stderr, which is reserved for one-line errors.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("lexfed: " + ex.getMessage() + " (see 'lexfed --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            err.println("lexfed: internal error: " + ex);
            return INTERNAL_ERROR;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lexfed " + LexFed.version(), "rules " + LexFed.rulesFingerprint(),
                    "determination schema " + io.lexfed.determination.Determination.SCHEMA_VERSION};
        }
    }
}
