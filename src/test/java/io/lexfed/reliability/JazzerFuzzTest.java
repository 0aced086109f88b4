package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.lexfed.cli.Main;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.InvalidScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing with Jazzer. In the build (regression mode) it replays the seeds under
 * {@code src/test/resources/io/lexfed/reliability/JazzerFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes. The only failure allowed: the documented invalid-input error, one line, nothing on stdout.
 */
class JazzerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void theReaderAcceptsOrRejectsWithAPath(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            LexFedJson.readScenario(text);
        } catch (InvalidScenarioException e) {
            assertThat(e.getMessage()).startsWith("$").doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void theCliEndsWithStatusZeroOrTwo(byte[] input) throws IOException {
        Path f = Files.createTempFile("lexfed-fuzz", ".json");
        try {
            Files.write(f, input);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new String[] {"evaluate", f.toString()}, new PrintWriter(out), new PrintWriter(err));
            assertThat(status).isIn(0, 2);
            if (status == 2) {
                assertThat(out.toString()).isEmpty();
                assertThat(err.toString().strip()).doesNotContain("\n").startsWith(f + ": ");
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
