package org.example.consumer;

import io.lexfed.testing.LexFedScenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The test kit as docs/testing.md shows it, over this project's own scenario files; and over LexFed's whole scenario
 * suite, so that every rule runs once on a user's runtime classpath (a rule needing a Drools module the library's pom
 * leaves out fails here, not in a user's application).
 */
class ScenarioFilesTest {

    @TestFactory
    Stream<DynamicTest> ourScenarios() {
        return LexFedScenarios.dynamicTests(Path.of("src/test/resources/lexfed"));
    }

    @TestFactory
    Stream<DynamicTest> lexfedsOwnSuite() {
        // this project lives at src/it/consumer in LexFed's tree
        return LexFedScenarios.dynamicTests(Path.of("../../test/resources/scenarios"));
    }
}
