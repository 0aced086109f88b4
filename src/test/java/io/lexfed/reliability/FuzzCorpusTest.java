package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every input that ever broke the input contract (src/test/resources/fuzz-corpus/, one
 * file per input, named for what it exposed) through the library and the command line, on every
 * build. Add the input here when a fuzzer finds one, then fix the code.
 */
class FuzzCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyInputThatEverFailedNowHoldsTheContract() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            inputs = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(inputs).as("the regression corpus").isNotEmpty();
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(p);
            HostileInput.library(new String(bytes, StandardCharsets.UTF_8));
            HostileInput.cli(bytes, dir);
        }));
    }
}
