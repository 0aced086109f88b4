package io.lexfed.reliability;

import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Mutation fuzzing of the input: every example in docs/examples/ and every scenario of the suite,
 * cut, spliced, duplicated, truncated and salted with hostile fragments (deep nesting, huge
 * strings and numbers, impossible dates, control characters, class-naming type ids), fed to
 * {@code LexFedJson.readScenario} and to {@code lexfed evaluate}. The contract is
 * {@link HostileInput}'s. The number of inputs is jqwik's default tries
 * (junit-platform.properties); the long run in README.md raises it. Inputs that ever broke the
 * contract are kept in src/test/resources/fuzz-corpus/ and replayed by {@link FuzzCorpusTest}.
 */
public class InputFuzzTest {
    static final List<String> SEEDS = seeds();
    private static final AtomicLong[] LIBRARY = {new AtomicLong(), new AtomicLong()};
    private static final AtomicLong[] CLI = {new AtomicLong(), new AtomicLong()};

    /** Fragments that have broken JSON readers somewhere, or that probe LexFed's own limits. */
    static final List<String> FRAGMENTS = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "true", "false", "-1", "0", "-0", "1.5", "1e999999",
            "99999999999999999999", "9".repeat(40), "\"" + "a".repeat(70_000) + "\"", "[".repeat(100), "{\"a\":".repeat(80), "\"\\u0000\"",
            "\"\\ud800\"", "\"A\\nB\"", "\"A\\r\\nB\"", "\"\u2028\"", "\uFEFF", "NaN", "Infinity", "/* c */", "// c\n", "'x'",
            "\"UNKNOWN\"", "\"YES\"", "\"NO\"", "\"@class\":\"java.net.URL\",", "[\"java.util.HashMap\",{}]", "{\"@type\":\"x\"}",
            "\"date\":\"2019-02-30\",", "\"date\":\"+999999999-12-31\",", "\"date\":\"-0001-01-01\",", "\"actor\":\"LOCAL_POLICE\",",
            "\"hoursPastRelease\":-5,", "\"hoursPastRelease\":2147483648,", "\"state\":\"T\\nX\",", "\"locality\":\"" + "x".repeat(300) + "\",");

    private record Mutation(int kind, int at, int length, String fragment) {
    }

    /**
     * The inputs every reader test starts from: the examples in docs/examples/ (determinations included:
     * they are JSON a caller might send by mistake) and every scenario of the suite, as JSON text.
     */
    public static List<String> seeds() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("docs/examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ScenarioFile f : ScenarioSuiteTest.all()) {
            out.add(f.scenario());
        }
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(6));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 64), fragment).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(3)).as(InputFuzzTest::mutate);
    }

    static String mutate(String seed, List<Mutation> mutations) {
        StringBuilder b = new StringBuilder(seed);
        for (Mutation m : mutations) {
            int at = b.length() == 0 ? 0 : m.at() % (b.length() + 1);
            int end = Math.min(b.length(), at + m.length());
            switch (m.kind()) {
                case 0 -> b.delete(at, end);
                case 1 -> b.insert(at, m.fragment());
                case 2 -> b.replace(at, Math.min(b.length(), at + 1), m.fragment());
                case 3 -> b.insert(end, b.substring(at, end));
                case 4 -> b.setLength(at);
                case 5 -> b.replace(at, end, m.fragment());
                default -> swapValue(b, m);
            }
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern SCALAR = java.util.regex.Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9.eE+]+|true|false|null)");

    // Keeps the document well formed around the change, so the binder and the model see it.
    private static void swapValue(StringBuilder b, Mutation m) {
        List<int[]> values = new ArrayList<>();
        java.util.regex.Matcher v = SCALAR.matcher(b);
        while (v.find()) {
            values.add(new int[] {v.start(1), v.end(1)});
        }
        if (!values.isEmpty()) {
            int[] at = values.get(m.at() % values.size());
            b.replace(at[0], at[1], m.fragment());
        }
    }

    @Property
    void theReaderAcceptsOrRejectsWithOneLine(@ForAll("mutants") String input) {
        LIBRARY[HostileInput.library(input).ordinal()].incrementAndGet();
    }

    @Property(tries = 300)
    void theCommandLineExitsZeroOrTwoWithOneLine(@ForAll("mutants") String input, @ForAll int corruptByte) throws IOException {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        // a quarter of the inputs also get a byte that is not UTF-8
        if (bytes.length > 0 && Math.floorMod(corruptByte, 4) == 0) {
            bytes[Math.floorMod(corruptByte >> 2, bytes.length)] = (byte) 0xC3;
        }
        Path dir = Path.of("target", "fuzz");
        Files.createDirectories(dir);
        CLI[HostileInput.cli(bytes, dir).ordinal()].incrementAndGet();
    }

    @AfterContainer
    static void tally() {
        System.out.printf("Fuzz: %d mutated inputs to LexFedJson.readScenario (%d read, %d rejected); %d to lexfed evaluate (%d exit 0, %d exit 2); %d seeds%n",
                LIBRARY[0].get() + LIBRARY[1].get(), LIBRARY[0].get(), LIBRARY[1].get(), CLI[0].get() + CLI[1].get(), CLI[0].get(),
                CLI[1].get(), SEEDS.size());
    }
}
