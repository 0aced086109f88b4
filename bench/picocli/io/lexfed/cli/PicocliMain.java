package io.lexfed.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The lexfed command line with picocli 4.7.7 as its parser, for bench/picocli-startup.sh only: the
 * same command declarations (Main.COMMANDS) turned into picocli's model through its programmatic
 * API, every command built at start-up as picocli does, the arguments parsed by picocli, then the
 * same actions run. Lives in io.lexfed.cli to reach the package-private declarations; never
 * shipped.
 */
public final class PicocliMain {
    private PicocliMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        CommandSpec top = CommandSpec.create().name("lexfed").mixinStandardHelpOptions(true).version("lexfed");
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : Main.COMMANDS) {
            CommandSpec spec = CommandSpec.create().name(c.name()).mixinStandardHelpOptions(true);
            spec.usageMessage().description(c.description().toArray(String[]::new));
            for (Command.Option o : c.options()) {
                OptionSpec.Builder b = OptionSpec.builder(o.name()).paramLabel(o.label()).description(o.description());
                switch (o.type()) {
                    case FLAG -> b.type(boolean.class).arity("0");
                    case INT -> b.type(int.class);
                    case LIST -> b.type(List.class).auxiliaryTypes(String.class).required(true);
                    case TEXT -> b.type(String.class);
                }
                if (o.defaultValue() != null) {
                    b.defaultValue(o.defaultValue());
                }
                if (!o.choices().isEmpty()) {
                    b.completionCandidates(o.choices());
                }
                spec.addOption(b.build());
            }
            if (c.operand() != null) {
                spec.addPositional(PositionalParamSpec.builder().paramLabel(c.operand().label()).type(String.class)
                        .arity(c.operand().required() ? "1" : "0..1").build());
            }
            top.addSubcommand(c.name(), new CommandLine(spec));
            byName.put(c.name(), c);
        }
        CommandLine cl = new CommandLine(top);
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("lexfed: " + e.getMessage());
            System.exit(Main.BAD_INPUT);
            return;
        }
        ParseResult sub = parsed.subcommand();
        Command command = byName.get(sub.commandSpec().name());
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (OptionSpec o : sub.commandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            if (sub.hasMatchedOption(o)) {
                values.put(o.longestName(), o.stringValues().isEmpty() ? List.of("") : List.copyOf(o.stringValues()));
            } else if (o.defaultValue() != null) {
                values.put(o.longestName(), List.of(o.defaultValue()));
            }
        }
        String operand = sub.hasMatchedPositional(0) ? sub.matchedPositional(0).getValue() : null;
        if (command.engine() != Command.Engine.NOT_USED) {
            EngineLoad.start(command.engine() == Command.Engine.LOAD_EARLY_FOR_ONE_SCENARIO);
        }
        int status = command.action().run(new Args(operand, values), out, err);
        out.flush();
        System.exit(status);
    }
}
