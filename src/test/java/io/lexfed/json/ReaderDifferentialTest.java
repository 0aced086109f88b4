package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A differential oracle for the reader: the fast reader of plain JSON and the strict mapper must agree.
 * Whenever the fast reader accepts a text, the mapper must accept it too and read the same scenario;
 * whenever the mapper refuses a text, the fast reader must not have accepted it. The inputs are the
 * examples and the suite's scenarios, mutated the ways a careless or hostile caller would: enum values
 * re-cased, keys duplicated, values swapped for other types, fragments spliced in. A reader that accepts
 * too much on one path (lower-case enums, duplicate keys) fails here though no crash occurs.
 */
class ReaderDifferentialTest {
    static final List<String> SEEDS = io.lexfed.reliability.InputFuzzTest.seeds();
    static final List<String> FRAGMENTS = List.of("\"", ",", ":", "null", "true", "1", "-1", "1.5", "\"\"", "\"YES\"", "\"yes\"", "\"Yes\"",
            "\"UNKNOWN\"", "\"local_police\"", "\"LOCAL_POLICE\"", "\"2019-02-30\"", "\"2019-2-3\"", "\"+12019-01-01\"", "{}", "[]",
            "\"actor\":\"STATE_POLICE\",", "\"x\":1,", "\"\\u0041CTOR\"", " ", "\n", "\uFEFF");

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        return Combinators.combine(seed, kind, where, fragment).as(ReaderDifferentialTest::mutate);
    }

    static String mutate(String s, int kind, double where, String fragment) {
        int at = (int) (where * s.length());
        return switch (kind) {
            // an enum value re-cased
            case 0 -> s.replaceFirst("\"([A-Z_]{3,})\"", "\"" + "$1".toLowerCase(Locale.ROOT) + "\"").replaceFirst("\"([A-Z_]{3,})\"",
                    "\"" + lower(s) + "\"");
            // a key duplicated with another value
            case 1 -> s.replaceFirst("\\{\"actor\":\"([A-Z_]+)\"", "{\"actor\":\"$1\",\"actor\":\"STATE_POLICE\"");
            // a value replaced by a fragment
            case 2 -> s.replaceFirst(":\"[^\"]*\"", ":" + fragment);
            // a fragment spliced in anywhere
            case 3 -> s.substring(0, at) + fragment + s.substring(at);
            // a piece cut out
            default -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + (int) (where * 7)));
        };
    }

    private static String lower(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Z_]{3,})\"").matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "x";
    }

    @Property
    void theFastReaderAndTheMapperAgree(@ForAll("mutated") String text) {
        Optional<Scenario> plain;
        try {
            plain = LexFedJson.readPlain(text);
        } catch (InvalidScenarioException e) {
            plain = Optional.empty();
        }
        Scenario strict;
        try {
            strict = LexFedJson.readWithMapper(text);
        } catch (InvalidScenarioException e) {
            assertThat(plain).as("the mapper refuses (" + e.getMessage() + ") what the fast reader accepted: " + text).isEmpty();
            return;
        }
        plain.ifPresent(p -> assertThat(p).as("the two readers read different scenarios from " + text).isEqualTo(strict));
    }
}
