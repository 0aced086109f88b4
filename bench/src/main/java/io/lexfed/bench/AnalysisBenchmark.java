package io.lexfed.bench;

import io.lexfed.LexFed;
import io.lexfed.analysis.DecidingFact;
import io.lexfed.analysis.MinimalFlips;
import io.lexfed.scenario.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The cost of what-would-change-the-answer analyses on the suite's CONDITIONAL scenarios. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AnalysisBenchmark {

    @State(Scope.Benchmark)
    public static class Suite {
        List<Scenario> scenarios;

        // takes the engine's state so the cache is configured before anything here touches the engine
        @Setup
        public void load(Engine engine) {
            scenarios = Scenarios.conditional();
        }
    }

    @Benchmark
    public List<DecidingFact> decidingFacts(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().decidingFacts(c.next(suite.scenarios));
    }

    @Benchmark
    public List<DecidingFact> nextQuestions(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().nextQuestions(c.next(suite.scenarios));
    }

    @Benchmark
    public MinimalFlips minimalFlips(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().minimalFlips(c.next(suite.scenarios), 20_000);
    }
}
