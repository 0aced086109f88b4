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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Full determinations (reasons, citations, premises) over the whole suite's mix, on one and two threads. */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// LexFed's generated rule classes take the JIT some 15 seconds to settle
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class EvaluateBenchmark {

    @State(Scope.Benchmark)
    public static class Suite {
        List<Scenario> scenarios;

        @Setup
        public void load() {
            scenarios = Scenarios.all();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public Determination evaluateOneThread(Suite suite, Cursor c) {
        return LexFed.engine().evaluate(suite.scenarios.get(c.next++ % suite.scenarios.size()));
    }

    @Benchmark
    @Threads(2)
    public Determination evaluateTwoThreads(Suite suite, Cursor c) {
        return LexFed.engine().evaluate(suite.scenarios.get(c.next++ % suite.scenarios.size()));
    }
}
