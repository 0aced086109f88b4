package io.lexfed.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Exposure;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.json.LexFedJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file under {@code src/test/resources/scenarios/} as a named dynamic test:
 * add a file, get a test. Each asserts the outcome, the rules that must fire and must not, the
 * authorities that must be cited, the exact missing facts of a CONDITIONAL outcome, and the
 * exposure kinds named.
 */
public class ScenarioSuiteTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioFileHoldsItsExpectations() {
        return ScenarioFile.all().stream()
                // no file URI as test source: Surefire's class filter would drop tests whose source is not the class
                .map(f -> DynamicTest.dynamicTest(f.path() + ": " + f.name(), () -> check(f)));
    }

    /** Evaluates one scenario file and asserts everything it expects. */
    public static void check(ScenarioFile f) {
        Determination d = LexFed.engine().evaluate(LexFedJson.readScenario(f.scenario()));
        ScenarioFile.Expect e = f.expect();
        String context = f.path() + "\n" + LexFedJson.write(d);
        assertThat(d.outcome()).as("outcome of %s", context).isEqualTo(Outcome.valueOf(e.outcome()));
        assertThat(d.rulesFired()).as("rules fired in %s", f.path()).containsAll(e.fired());
        e.notFired().forEach(r -> assertThat(d.rulesFired()).as("rules that must not fire in %s", f.path()).doesNotContain(r));
        assertThat(d.citations().stream().map(Citation::id).toList()).as("citations of %s", f.path()).containsAll(e.cites());
        assertThat(d.exposure().stream().map(x -> x.kind().name()).distinct().toList()).as("exposure of %s", f.path())
                .containsAll(e.exposure());
        assertThat(d.reasons()).as("reasons of %s", f.path()).isNotEmpty();
        assertThat(d.summary()).contains("not legal advice");
        if (d.outcome() == Outcome.CONDITIONAL) {
            assertThat(d.missingFacts()).as("%s: a CONDITIONAL outcome must name what would decide it", context).isNotEmpty();
            assertThat(e.missing()).as("%s: a CONDITIONAL expectation must list its missing facts", f.path()).isNotNull();
        }
        if (e.missing() != null) {
            assertThat(d.missingFacts().stream().map(MissingFact::fact).toList()).as("missing facts of %s", context)
                    .containsExactlyInAnyOrderElementsOf(e.missing());
        }
        List<String> exposureRules = d.exposure().stream().map(Exposure::rule).toList();
        assertThat(d.rulesFired()).containsAll(exposureRules);
    }
}
