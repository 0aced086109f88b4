package io.lexfed.bench;

import io.lexfed.LexFed;
import io.lexfed.baseline.HandWrittenEvaluator;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.authority.Registry;
import io.lexfed.scenario.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LexFed against the hand-written baseline on the same scenarios: the suite's scenarios of the
 * baseline's three doctrines (arresting a federal agent, detainers, civil immigration arrests),
 * cycled ({@code workload=suite}) or a million generated from them with random dates and states
 * ({@code generated}). LexFed runs with its session cache at the default size or off
 * ({@code sessionCache=0}); the baseline has none, and runs returning the outcome only or assembling
 * a determination by hand. Run with {@code -t 2} for two threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// LexFed's generated rule classes take the JIT some 15 seconds to settle
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class BaselineBenchmark {

    @State(Scope.Benchmark)
    public static class Suite {
        @Param({"generated", "suite"})
        String workload;
        List<Scenario> scenarios;
        HandWrittenEvaluator baseline;

        // touches no engine, so LexFed's cache (the Engine state) is configured before its first use
        @Setup
        public void load() {
            scenarios = Scenarios.workload(workload, Scenarios.where(s -> HandWrittenEvaluator.ACTIONS.contains(s.action())));
            baseline = new HandWrittenEvaluator(Registry.load());
        }
    }

    @Benchmark
    public Outcome lexfedThreeDoctrines(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().evaluate(c.next(suite.scenarios)).outcome();
    }

    @Benchmark
    public Outcome baselineThreeDoctrines(Suite suite, Cursor c) {
        return suite.baseline.outcome(c.next(suite.scenarios));
    }

    /** The baseline assembling a determination by hand (outcome, reasons, deciding facts, premises, citations), as LexFed always does. */
    @Benchmark
    public Determination baselineDeterminations(Suite suite, Cursor c) {
        return suite.baseline.determination(c.next(suite.scenarios));
    }
}
