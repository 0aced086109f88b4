package io.lexfed.bench;

import io.lexfed.determination.Outcome;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import java.util.List;
import java.util.function.Predicate;

/** The scenario suite's mix, read from {@code src/test/resources/scenarios} (run from the repository root). */
final class Scenarios {
    private Scenarios() {
    }

    static List<Scenario> all() {
        return ScenarioSuiteTest.all().stream().map(f -> LexFedJson.readScenario(f.scenario())).toList();
    }

    static List<Scenario> where(Predicate<Scenario> p) {
        return all().stream().filter(p).toList();
    }

    static List<Scenario> conditional() {
        return where(s -> io.lexfed.LexFed.engine().evaluate(s).outcome() == Outcome.CONDITIONAL);
    }
}
