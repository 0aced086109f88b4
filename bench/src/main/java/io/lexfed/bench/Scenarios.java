package io.lexfed.bench;

import io.lexfed.determination.Outcome;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** The scenario suite's mix, read from {@code src/test/resources/scenarios} (run from the repository root). */
final class Scenarios {
    /** How many scenarios a generated workload holds: about 50,000 of them are legally distinct. */
    static final int GENERATED = 1_000_000;

    private Scenarios() {
    }

    static List<Scenario> all() {
        return ScenarioSuiteTest.all().stream().map(f -> LexFedJson.readScenario(f.scenario())).toList();
    }

    static List<Scenario> where(Predicate<Scenario> p) {
        return all().stream().filter(p).toList();
    }

    static List<Scenario> conditional() {
        return where(s -> io.lexfed.LexFed.engine().evaluate(s).outcome() == Outcome.CONDITIONAL);
    }

    /**
     * A stream of {@code n} scenarios drawn from {@code base}, each on a random day of 2012–2026 and,
     * for half of them, in a random state, so the knowledge base and the law in force vary from
     * one scenario to the next as in a batch of real records. The same seed gives the same stream.
     */
    static List<Scenario> generated(List<Scenario> base, int n, long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2012, 1, 1);
        int days = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - first.toEpochDay());
        List<Scenario> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Scenario.Builder s = base.get(random.nextInt(base.size())).toBuilder().date(first.plusDays(random.nextInt(days)));
            if (random.nextBoolean()) {
                s.jurisdiction(new Jurisdiction(KnowledgeBase.JURISDICTIONS.get(random.nextInt(KnowledgeBase.JURISDICTIONS.size())), null));
            }
            out.add(s.build());
        }
        return out;
    }

    /** The scenarios of a workload: {@code suite} (the 148 files, cycled) or {@code generated}. */
    static List<Scenario> workload(String name, List<Scenario> base) {
        return switch (name) {
            case "suite" -> base;
            case "generated" -> generated(base, GENERATED, 20261127L);
            default -> throw new IllegalArgumentException("unknown workload " + name + "; expected suite or generated");
        };
    }

}
