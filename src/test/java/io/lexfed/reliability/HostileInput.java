package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.lexfed.LexFed;
import io.lexfed.cli.Main;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The contract for any input, however malformed or hostile: the library either reads a scenario
 * (which then evaluates) or throws {@link InvalidScenarioException} with a one-line message; the
 * command line either succeeds quietly on stderr or exits 2 with exactly one line on stderr and
 * nothing on stdout. Anything else (another exception, exit 1, a stack trace) is a failure.
 */
final class HostileInput {
    /** What became of one input, for the fuzzers' tallies. */
    enum Verdict { ACCEPTED, REJECTED }

    private HostileInput() {
    }

    static Verdict library(String json) {
        Scenario s;
        try {
            s = LexFedJson.readScenario(json);
        } catch (InvalidScenarioException e) {
            assertThat(e.getMessage()).as("the message of a rejection is one line").doesNotContain("\n").doesNotContain("\r").isNotBlank();
            return Verdict.REJECTED;
        } catch (RuntimeException e) {
            return fail("readScenario threw " + e + " instead of InvalidScenarioException for input: " + abbreviate(json), e);
        }
        assertThat(LexFed.engine().evaluate(s)).isNotNull();
        return Verdict.ACCEPTED;
    }

    static Verdict cli(byte[] input, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "fuzz", ".json");
        try {
            Files.write(file, input);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new String[] {"evaluate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
            String what = "lexfed evaluate on " + abbreviate(new String(input, java.nio.charset.StandardCharsets.UTF_8));
            if (status == 0) {
                assertThat(err.toString()).as(what + ": stderr on success").isEmpty();
                assertThat(out.toString()).as(what + ": stdout on success").contains("\"outcome\"");
                return Verdict.ACCEPTED;
            }
            assertThat(status).as(what + ": exit status (stderr: " + err + ")").isEqualTo(2);
            assertThat(out.toString()).as(what + ": stdout on bad input").isEmpty();
            assertThat(err.toString()).as(what + ": stderr on bad input is one line").endsWith("\n")
                    .satisfies(e -> assertThat(e.strip()).doesNotContain("\n").doesNotContain("\r").isNotEmpty());
            return Verdict.REJECTED;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "… (" + s.length() + " chars)";
    }
}
