package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by eight threads, evaluating a shuffled mix of every scenario in the suite,
 * must give exactly the determinations a single thread gives. Any shared mutable state in the
 * evaluation path (a cache, a reused session, a listener, a non-thread-safe formatter) shows up
 * here as an unequal determination or an exception. The engine has no session cache, so every
 * evaluation runs the rules concurrently.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int EVALUATIONS = 50_000;

    @Test
    void eightThreadsSharingOneEngineAgreeWithSequentialEvaluation() throws Exception {
        // a fixed clock, so a scenario without a date cannot straddle midnight between the two passes
        // and no session cache: the sequential pass would fill it, and every concurrent evaluation would be a
        // cache hit that runs no rules; without it all 50,000 run rule sessions at once
        LexFed engine = io.lexfed.EngineAccess.uncached(LexFed.engine(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)));
        List<Scenario> scenarios = ScenarioSuiteTest.all().stream().map(f -> LexFedJson.readScenario(f.scenario())).toList();
        List<Determination> expected = scenarios.stream().map(engine::evaluate).toList();

        List<Integer> order = new ArrayList<>(EVALUATIONS);
        for (int i = 0; i < EVALUATIONS; i++) {
            order.add(i % scenarios.size());
        }
        Collections.shuffle(order, new Random(7));

        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i; (i = next.getAndIncrement()) < EVALUATIONS; ) {
                        int k = order.get(i);
                        Determination d = engine.evaluate(scenarios.get(k));
                        if (!d.equals(expected.get(k))) {
                            mismatches.add("evaluation " + i + " of scenario " + k + " differs from the sequential determination");
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Concurrency: %d evaluations of %d scenarios on %d threads sharing one engine, %d mismatches, %.1f s%n",
                done.get(), scenarios.size(), THREADS, mismatches.size(), seconds);
        assertThat(done.get()).isEqualTo(EVALUATIONS);
        assertThat(mismatches).isEmpty();
    }
}
