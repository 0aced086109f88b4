package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The session cache changes speed, never an answer: every determination with it is byte for byte the
 * one computed without it, including on the days either side of every change in the law in force,
 * where a cache keyed too coarsely would hand one period's result to another.
 */
class SessionCacheTest {
    private final LexFed cached = LexFed.engine();
    private final LexFed uncached = LexFed.engine().withSessionCache(0);

    @Test
    void theCachedEngineAnswersExactlyAsTheUncachedOneAcrossEveryChangeOfTheLawInForce() {
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        for (Authority a : Registry.load().authorities().values()) {
            for (LocalDate boundary : new LocalDate[] {a.inForceFrom(), a.inForceUntil()}) {
                if (boundary != null) {
                    boundaries.add(boundary);
                }
            }
        }
        assertThat(boundaries).as("the registry has dated authorities to cross").hasSizeGreaterThan(10);
        List<Scenario> suite = ScenarioSuiteTest.all().stream().map(ScenarioFile::toScenario).toList();
        Random random = new Random(20261127);
        List<Scenario> variants = new ArrayList<>();
        for (LocalDate boundary : boundaries) {
            // a few scenarios per boundary keep the test quick; each is judged on both sides of it
            for (int i = 0; i < 6; i++) {
                Scenario s = suite.get(random.nextInt(suite.size()));
                String state = KnowledgeBase.JURISDICTIONS.get(random.nextInt(KnowledgeBase.JURISDICTIONS.size()));
                for (LocalDate day : new LocalDate[] {boundary.minusDays(1), boundary}) {
                    variants.add(s.toBuilder().date(day).build());
                    variants.add(s.toBuilder().date(day).jurisdiction(new Jurisdiction(state, null)).build());
                }
            }
        }
        variants.addAll(suite);
        int compared = 0;
        for (int round = 0; round < 2; round++) {
            // the second round finds every fact set already cached
            for (Scenario s : variants) {
                assertThat(LexFedJson.write(cached.evaluate(s))).as("%s", s).isEqualTo(LexFedJson.write(uncached.evaluate(s)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aSmallCacheEvictingUnderEightThreadsStillGivesEveryAnswerExactly() throws Exception {
        List<Scenario> suite = ScenarioSuiteTest.all().stream().map(ScenarioFile::toScenario).toList();
        Map<Scenario, String> expected = new HashMap<>();
        suite.forEach(s -> expected.put(s, LexFedJson.write(uncached.evaluate(s))));
        LexFed small = LexFed.engine().withSessionCache(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                work.add(pool.submit(() -> {
                    List<Scenario> mine = new ArrayList<>(suite);
                    Collections.shuffle(mine, new Random(seed));
                    int mismatches = 0;
                    for (int round = 0; round < 5; round++) {
                        for (Scenario s : mine) {
                            mismatches += LexFedJson.write(small.evaluate(s)).equals(expected.get(s)) ? 0 : 1;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> w : work) {
                assertThat(w.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
