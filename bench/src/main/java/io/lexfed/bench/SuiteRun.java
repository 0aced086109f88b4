package io.lexfed.bench;

import io.lexfed.LexFed;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.util.List;

/**
 * Runs every scenario file's expectations without a test framework, so the suite can be run in a
 * small heap: {@code java -Xmx64m -cp bench/target/benchmarks.jar io.lexfed.bench.SuiteRun}.
 */
public final class SuiteRun {
    private SuiteRun() {
    }

    public static void main(String[] args) {
        List<ScenarioFile> files = ScenarioSuiteTest.all();
        int failed = 0;
        for (ScenarioFile f : files) {
            try {
                f.check(LexFed.engine());
            } catch (AssertionError e) {
                failed++;
                System.err.println("FAILED " + f.path() + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        Runtime r = Runtime.getRuntime();
        System.out.printf("suite: %d scenarios, %d failed, max heap %d MB, used %d MB%n", files.size(), failed, r.maxMemory() >> 20,
                (r.totalMemory() - r.freeMemory()) >> 20);
        System.exit(failed == 0 ? 0 : 1);
    }
}
