package io.lexfed.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The hand-written baseline and LexFed give the same outcome on every suite scenario of the baseline's three doctrines. */
class BaselineEquivalenceTest {
    static final HandWrittenEvaluator BASELINE = new HandWrittenEvaluator(KnowledgeBase.load(Registry.load()));

    static List<ScenarioFile> covered() {
        return ScenarioSuiteTest.all().stream()
                .filter(f -> HandWrittenEvaluator.ACTIONS.contains(LexFedJson.readScenario(f.scenario()).action())).toList();
    }

    @TestFactory
    Stream<DynamicTest> theBaselineAgreesWithLexFed() {
        return covered().stream().map(f -> DynamicTest.dynamicTest(f.path().toString(), () -> {
            Scenario s = LexFedJson.readScenario(f.scenario());
            assertThat(BASELINE.outcome(s)).as(f.path().toString()).isEqualTo(LexFed.engine().evaluate(s).outcome());
        }));
    }

    @Test
    void theComparisonCoversEnoughScenarios() {
        assertThat(covered()).hasSizeGreaterThanOrEqualTo(40);
    }
}
