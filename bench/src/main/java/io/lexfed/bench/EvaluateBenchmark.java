package io.lexfed.bench;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full determinations (reasons, citations, premises) over the suite's mix, on one and two threads:
 * the 148 suite scenarios cycled, or a million generated from them with random dates and states;
 * with the session cache at its default size, or off ({@code sessionCache=0}), where every
 * determination runs the rules.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// LexFed's generated rule classes take the JIT some 15 seconds to settle
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class EvaluateBenchmark {

    @State(Scope.Benchmark)
    public static class Suite {
        @Param({"generated", "suite"})
        String workload;
        List<Scenario> scenarios;

        // takes the engine's state so the cache is configured before anything here touches the engine
        @Setup
        public void load(Engine engine) {
            scenarios = Scenarios.workload(workload, Scenarios.all());
        }
    }

    @Benchmark
    @Threads(1)
    public Determination evaluateOneThread(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().evaluate(c.next(suite.scenarios));
    }

    @Benchmark
    @Threads(2)
    public Determination evaluateTwoThreads(Engine engine, Suite suite, Cursor c) {
        return LexFed.engine().evaluate(c.next(suite.scenarios));
    }
}
