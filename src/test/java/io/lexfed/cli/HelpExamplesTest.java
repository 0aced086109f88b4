package io.lexfed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.cli.CliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example command line in the help runs as shown: the files it names exist and it exits 0. */
class HelpExamplesTest {
    @TempDir
    Path dir;

    static Stream<String> examples() {
        return Main.EXAMPLES.stream();
    }

    @Test
    void theHelpShowsEveryExample() {
        String help = CliTest.run("--help").out();
        Main.EXAMPLES.forEach(e -> assertThat(help).contains("\n  " + e + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleRuns(String example) throws IOException {
        // the shell's part of the line: a file piped in, and what the output is piped or redirected to
        String[] stages = example.split(" \\| ");
        InputStream stdin = InputStream.nullInputStream();
        String lexfed = stages[0];
        if (lexfed.startsWith("cat ")) {
            Path piped = Path.of(lexfed.substring(4));
            assertThat(piped).as(example).isRegularFile();
            stdin = new ByteArrayInputStream(Files.readAllBytes(piped));
            lexfed = stages[1];
        }
        List<String> words = new ArrayList<>(List.of(lexfed.replaceFirst(" > .*", "").split(" ")));
        assertThat(words.remove(0)).isEqualTo("lexfed");
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith("docs/")) {
                assertThat(Path.of(words.get(i))).as(example).isRegularFile();
            }
            if (words.get(i).equals("--out")) {
                words.set(i + 1, dir.resolve(words.get(i + 1)).toString());
            }
        }
        if (words.get(0).equals("serve")) {
            // a server runs until stopped: its command line is checked by the parser the run would use
            ServeCommand.COMMAND.parse(words.toArray(String[]::new), 1);
            return;
        }
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            Run r = CliTest.run(words.toArray(String[]::new));
            assertThat(r.status()).as(example + "\n" + r.err()).isZero();
            assertThat(r.out().isEmpty() && !words.contains("--out")).as(example + " prints its result").isFalse();
        } finally {
            System.setIn(saved);
        }
    }
}
