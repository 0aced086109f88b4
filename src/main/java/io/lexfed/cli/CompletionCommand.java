package io.lexfed.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lexfed completion bash}: a bash completion script written from the same command
 * declarations the parser and the help use, so it offers exactly the commands, options and option
 * values the parser accepts.
 */
final class CompletionCommand {
    static final Command COMMAND = new Command("completion",
            List.of("Prints a shell completion script: commands, options and their values. Load it with: source <(lexfed completion bash)",
                    "(zsh reads it too after: autoload -U bashcompinit && bashcompinit)."),
            new Command.Operand("SHELL", "the shell: bash", true), List.of(), Command.Engine.NOT_USED, CompletionCommand::run);

    private CompletionCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        if (!args.operand().equals("bash")) {
            throw new BadInputException("SHELL", "no completion for '" + args.operand() + "'; expected bash");
        }
        out.print(bash(Main.COMMANDS));
        return Main.OK;
    }

    static String bash(List<Command> commands) {
        List<String> names = commands.stream().map(Command::name).toList();
        StringBuilder b = new StringBuilder("# bash completion for lexfed, written by 'lexfed completion bash'\n");
        b.append("_lexfed() {\n");
        b.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" opts=\"-h --help\" operands=\"\"\n");
        b.append("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n");
        b.append("    COMPREPLY=($(compgen -W \"").append(String.join(" ", names)).append(" -h --help -V --version\" -- \"$cur\"))\n");
        b.append("    return\n  fi\n");
        b.append("  case \"${COMP_WORDS[1]}\" in\n");
        for (Command c : commands) {
            b.append("    ").append(c.name()).append(")\n");
            List<String> valued = new ArrayList<>();
            for (Command.Option o : c.options()) {
                if (!o.choices().isEmpty()) {
                    b.append("      if [ \"$prev\" = ").append(o.name()).append(" ]; then COMPREPLY=($(compgen -W \"")
                            .append(String.join(" ", o.choices())).append("\" -- \"$cur\")); return; fi\n");
                } else if (o.type() != Command.Type.FLAG) {
                    valued.add(o.name());
                }
            }
            if (!valued.isEmpty()) {
                // a free value (a file, a path=value, a date): the shell's file names are the best guess
                b.append("      case \"$prev\" in ").append(String.join("|", valued))
                        .append(") COMPREPLY=($(compgen -f -- \"$cur\")); return;; esac\n");
            }
            b.append("      opts=\"");
            c.options().forEach(o -> b.append(o.name()).append(' '));
            b.append("-h --help\"");
            if (c.name().equals("help")) {
                b.append("; operands=\"").append(String.join(" ", names)).append('"');
            } else if (c == COMMAND) {
                b.append("; operands=\"bash\"");
            } else if (c.operand() != null) {
                b.append("; operands=FILES");
            }
            b.append(" ;;\n");
        }
        b.append("  esac\n");
        b.append("  if [[ \"$cur\" == -* ]]; then\n");
        b.append("    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n");
        b.append("  elif [ \"$operands\" = FILES ]; then\n");
        b.append("    COMPREPLY=($(compgen -f -- \"$cur\"))\n");
        b.append("  else\n");
        b.append("    COMPREPLY=($(compgen -W \"$operands\" -- \"$cur\"))\n");
        b.append("  fi\n");
        b.append("}\n");
        b.append("complete -o filenames -o bashdefault -F _lexfed lexfed\n");
        return b.toString();
    }
}
