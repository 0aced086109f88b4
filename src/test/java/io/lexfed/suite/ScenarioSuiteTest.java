package io.lexfed.suite;

import io.lexfed.testing.LexFedScenarios;
import io.lexfed.testing.ScenarioFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file under {@code src/test/resources/scenarios/} as a named dynamic test
 * through the integrator's test kit ({@link LexFedScenarios}), so the kit runs on every build:
 * add a file, get a test. Each asserts the outcome, the rules that must fire and must not, the
 * authorities that must be cited, the exact missing facts of a CONDITIONAL outcome, and the
 * exposure kinds named.
 */
public class ScenarioSuiteTest {
    /** The suite's folder. */
    public static final Path ROOT = Path.of("src/test/resources/scenarios");

    /** Every scenario file of the suite, in path order. */
    public static List<ScenarioFile> all() {
        return ScenarioFile.readAll(ROOT);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioFileHoldsItsExpectations() {
        return LexFedScenarios.dynamicTests(ROOT);
    }
}
