package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexfed.LexFed;
import io.lexfed.cli.Main;
import io.lexfed.json.LexFedJson;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lexfed batch on a large JSON Lines file with faults: 1% corrupt lines, 0.5% truncated lines,
 * a few blank lines, and a last line without a newline. Every good line must be evaluated once,
 * in input order, to the determination the library gives; every bad line reported with its
 * number. The run is forked with a 64 MB heap, which the engine fits in but the output of a run
 * that held its results would not (each record is some 10 KB). The build runs 20,000 lines;
 * {@code -Dlexfed.batch.lines=100000} runs the full figure (docs/reliability.md).
 */
class BatchFaultTest {
    static final int LINES = Integer.getInteger("lexfed.batch.lines", 20_000);
    static final String HEAP = "-Xmx64m";

    /** A dated suite scenario as one JSON line, and the record batch must write for it (after the line number). */
    record Good(String line, String determination) {
    }

    static List<Good> goods;

    @TempDir
    static Path dir;

    @BeforeAll
    static void answers() throws IOException {
        ObjectMapper json = new ObjectMapper();
        goods = new ArrayList<>();
        for (ScenarioFile f : ScenarioSuiteTest.all()) {
            // the scenario part is one line of JSON already, as a batch line must be
            if (json.readTree(f.scenario()).has("date")) {
                goods.add(new Good(f.scenario(),
                        LexFedJson.writeLine(LexFed.engine().evaluate(LexFedJson.readScenario(f.scenario())))));
            }
        }
    }

    /** Writes the input; returns, per line number (from 1), the good scenario's index, -1 for a bad line, -2 for a blank one. */
    static int[] writeInput(Path in, int lines, long seed) throws IOException {
        Random r = new Random(seed);
        String[] corrupt = {"{\"actor\":", "not json at all", "{\"actor\":\"LOCAL_POLICE\",\"action\":\"FLY\"}", "[]", "null", "{}",
                "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"agreement287g\":{\"model\":\"NONE\",\"iceSupervision\":\"YES\"}}",
                "\u0000\u0001\u0002", "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}}", "\"" + "x".repeat(5000)};
        int[] kind = new int[lines + 1];
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int n = 1; n <= lines; n++) {
                double p = r.nextDouble();
                int g = r.nextInt(goods.size());
                String text;
                if (n == lines || p >= 0.016) {
                    kind[n] = g;
                    text = goods.get(g).line();
                } else if (p < 0.01) {
                    kind[n] = -1;
                    text = corrupt[r.nextInt(corrupt.length)];
                } else if (p < 0.015) {
                    kind[n] = -1;
                    String whole = goods.get(g).line();
                    text = whole.substring(0, 1 + r.nextInt(whole.length() - 1));
                } else {
                    kind[n] = -2;
                    text = "   ";
                }
                w.write(text);
                if (n < lines) {
                    w.write('\n');
                }
            }
        }
        return kind;
    }

    /** Checks the output against the input's plan; returns the number of bad lines reported. */
    static long check(Path out, int[] kind) throws IOException {
        long bad = 0;
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String record; (record = r.readLine()) != null; ) {
                do {
                    n++;
                } while (n < kind.length && kind[n] == -2);
                assertThat(n).as("a record beyond the input's last line: " + record.substring(0, Math.min(80, record.length()))).isLessThan(kind.length);
                if (kind[n] >= 0) {
                    assertThat(record).as("record for line " + n).isEqualTo("{\"line\":" + n + ",\"determination\":" + goods.get(kind[n]).determination() + "}");
                } else {
                    assertThat(record).as("record for line " + n).startsWith("{\"line\":" + n + ",\"error\":{\"kind\":\"BAD_INPUT\",\"path\":\"$");
                    bad++;
                }
            }
        }
        while (n + 1 < kind.length && kind[n + 1] == -2) {
            n++;
        }
        assertThat(n).as("the last input line answered").isEqualTo(kind.length - 1);
        return bad;
    }

    @Test
    void aLargeFileWithFaultsIsAnsweredLineByLineInOrderInBoundedMemory() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        int[] kind = writeInput(in, LINES, 42);
        long planned = java.util.Arrays.stream(kind).skip(1).filter(k -> k == -1).count();
        long started = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "batch", in.toString(), "--out", out.toString())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("batch finished").isTrue();
        String stderr = Files.readString(dir.resolve("stderr"));
        assertThat(p.exitValue()).as("exit status; stderr: " + stderr).isEqualTo(2);
        assertThat(stderr).doesNotContain("OutOfMemoryError").contains("done, " + LINES + " lines, " + planned + " bad input, 0 internal errors");
        long bad = check(out, kind);
        assertThat(bad).isEqualTo(planned);
        System.out.printf("Batch under faults: %d lines (%d bad: corrupt or truncated; last line without newline) in %s, %d MB of output, %.1f s%n",
                LINES, bad, HEAP, Files.size(out) >> 20, (System.nanoTime() - started) / 1e9);
    }

    @Test
    void aRunCutOffAtAnyByteResumesToTheSameOutput() throws IOException {
        Path in = dir.resolve("small.jsonl");
        Path full = dir.resolve("full.jsonl");
        int[] kind = writeInput(in, 300, 7);
        assertThat(batch("batch", in.toString(), "--out", full.toString()).status).isEqualTo(2);
        check(full, kind);
        byte[] whole = Files.readAllBytes(full);
        Random r = new Random(3);
        for (int cut : new int[] {0, whole.length, r.nextInt(whole.length), r.nextInt(whole.length), r.nextInt(whole.length)}) {
            Path partial = dir.resolve("partial-" + cut + ".jsonl");
            Files.write(partial, java.util.Arrays.copyOf(whole, cut));
            // an interrupted run leaves the record of its input beside its output
            Files.copy(dir.resolve("full.jsonl.input"), dir.resolve("partial-" + cut + ".jsonl.input"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Result resumed = batch("batch", in.toString(), "--out", partial.toString(), "--resume");
            assertThat(resumed.status).as("cut at byte " + cut + ": " + resumed.err).isEqualTo(2);
            assertThat(resumed.err).contains("resuming after input line");
            assertThat(Files.readAllBytes(partial)).as("output resumed after a cut at byte " + cut).isEqualTo(whole);
        }
    }

    @Test
    void resumingIntoAFileThatIsNotBatchOutputIsRefusedAndLeavesItAlone() throws IOException {
        Path in = dir.resolve("tiny.jsonl");
        writeInput(in, 5, 1);
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "my notes\n");
        Result r = batch("batch", in.toString(), "--out", other.toString(), "--resume");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err.strip()).contains("cannot resume").doesNotContain("\n");
        assertThat(Files.readString(other)).isEqualTo("my notes\n");
        assertThat(batch("batch", in.toString(), "--resume").err).contains("--resume: needs --out");
    }

    record Result(int status, String out, String err) {
    }

    static Result batch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }
}
