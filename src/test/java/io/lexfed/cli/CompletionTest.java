package io.lexfed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bash completion script, read and then run by bash itself, and the "did you mean" of mistyped words. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void theScriptListsEveryCommandAndEachCommandsOptions() {
        Run r = CliTest.run("completion", "bash");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("# bash completion for lexfed").endsWith("complete -o filenames -o bashdefault -F _lexfed lexfed\n");
        for (Command c : Main.COMMANDS) {
            assertThat(r.out()).contains("\n    " + c.name() + ")\n");
            c.options().forEach(o -> assertThat(r.out()).contains(o.name() + " "));
        }
        Run zsh = CliTest.run("completion", "zsh");
        assertThat(zsh.status()).isEqualTo(2);
        assertThat(zsh.err().strip()).isEqualTo("SHELL: no completion for 'zsh'; expected bash");
    }

    @ParameterizedTest(name = "lexfed {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        eva                          | evaluate
        co                           | completion
        evaluate --f                 | --format
        evaluate x.json --format m   | markdown
        graph x.json --format ''     | mermaid dot json
        batch in.jsonl --pro         | --progress
        help ex                      | explain
        completion b                 | bash
        """)
    void bashCompletesWhatTheParserAccepts(String typed, String offered) throws IOException, InterruptedException {
        Path script = dir.resolve("lexfed.bash");
        Files.writeString(script, CliTest.run("completion", "bash").out(), StandardCharsets.UTF_8);
        String words = "lexfed " + typed.replace("''", "\"\"");
        String driver = "source '" + script + "'; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));"
                + " _lexfed; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("bash", "-c", driver).directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo(offered);
    }

    @Test
    void aSuggestionIsTheNearestKnownWordAndOnlyWhenItIsNear() {
        assertThat(Suggestions.distance("evalute", "evaluate")).isEqualTo(1);
        assertThat(Suggestions.distance("--fromat", "--format")).isEqualTo(1);
        assertThat(Suggestions.nearest("rulse", java.util.List.of("graph", "rules"))).isEqualTo("rules");
        assertThat(Suggestions.nearest("graf", java.util.List.of("graph", "rules"))).as("two of four letters changed: too far").isNull();
        assertThat(Suggestions.nearest("frobnicate", Main.COMMANDS.stream().map(Command::name).toList())).isNull();
        Run r = CliTest.run("evalute");
        assertThat(r.err()).isEqualTo("lexfed: Unknown command: 'evalute'. Did you mean 'evaluate'? (see 'lexfed --help')\n");
    }
}
