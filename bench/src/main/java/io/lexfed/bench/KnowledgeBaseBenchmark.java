package io.lexfed.bench;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
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
 * Whether completing a scenario from the jurisdiction knowledge base costs more as the knowledge
 * base grows: the same scenarios against 1, 10 and all 51 jurisdictions loaded.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class KnowledgeBaseBenchmark {
    @Param({"1", "10", "51"})
    int jurisdictions;

    KnowledgeBase knowledge;
    List<Scenario> scenarios;
    int next;

    @Setup
    public void load() {
        KnowledgeBase all = KnowledgeBase.load(Registry.load());
        List<String> kept = KnowledgeBase.JURISDICTIONS.subList(0, jurisdictions);
        // the scenarios are the same whatever is loaded: the suite's, moved to a state that is loaded
        knowledge = all.only(List.copyOf(new java.util.TreeSet<>(kept)));
        scenarios = Scenarios.all().stream().map(s -> s.toBuilder()
                .jurisdiction(new io.lexfed.scenario.Jurisdiction(kept.get(0), null)).build()).toList();
    }

    @Benchmark
    public KnowledgeBase.Completion complete() {
        Scenario s = scenarios.get(next++ % scenarios.size());
        return knowledge.complete(s, s.date() != null ? s.date() : LocalDate.of(2025, 6, 1));
    }
}
