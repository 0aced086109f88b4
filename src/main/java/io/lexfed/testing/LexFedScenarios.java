package io.lexfed.testing;

import io.lexfed.LexFed;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests, one named test per file:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myScenarios() {
 *     return LexFedScenarios.dynamicTests(Path.of("src/test/resources/lexfed"));
 * }
 * }</pre>
 * The file format is that of {@link ScenarioFile}. A file that cannot be read fails the factory
 * at once, naming the file, rather than disappearing from the run.
 */
public final class LexFedScenarios {
    private LexFedScenarios() {
    }

    /**
     * One dynamic test per scenario file under {@code root}, evaluated by the shared engine.
     *
     * @param root the folder of scenario files, searched at any depth
     * @return the tests, named {@code relative/path.yaml: name}, in path order
     */
    public static Stream<DynamicTest> dynamicTests(Path root) {
        return dynamicTests(root, LexFed.engine());
    }

    /**
     * One dynamic test per scenario file under {@code root}, evaluated by {@code engine}.
     *
     * @param root the folder of scenario files, searched at any depth
     * @param engine the engine to evaluate with (for instance one with a fixed clock)
     * @return the tests, named {@code relative/path.yaml: name}, in path order
     */
    public static Stream<DynamicTest> dynamicTests(Path root, LexFed engine) {
        // no file URI as test source: Surefire's class filter drops tests whose source is not the class
        return ScenarioFile.readAll(root).stream().map(f -> DynamicTest.dynamicTest(f.path() + ": " + f.name(), () -> f.check(engine)));
    }
}
