package io.lexfed.suite;

import io.lexfed.testing.ScenarioFile;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import io.lexfed.json.LexFedJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the scenario suite as a whole must cover: every rule fired by some scenario and spared
 * by a near miss, every doctrine and every outcome in at least three scenarios, and real cases.
 */
class SuiteCoverageTest {
    static List<ScenarioFile> files;
    static Map<ScenarioFile, Determination> results;
    static Registry registry;
    static Map<String, RuleInfo> rules;

    @BeforeAll
    static void evaluateTheSuite() {
        files = ScenarioSuiteTest.all();
        results = new HashMap<>();
        files.forEach(f -> results.put(f, LexFed.engine().evaluate(LexFedJson.readScenario(f.scenario()))));
        registry = Registry.load();
        rules = RuleBase.load(registry).rules();
    }

    @Test
    void theSuiteHasAtLeastEightyScenarios() {
        System.out.println("Scenario suite: " + files.size() + " files");
        assertThat(files).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyRuleIsExpectedToFireSomewhereAndToBeSparedInANearMiss() {
        // a rule that carries the outcome only on a condition the facts leave open (a contested question, say) fires there
        Set<String> fired = files.stream().flatMap(f -> java.util.stream.Stream.concat(f.expect().fired().stream(), f.expect().reasons().stream()))
                .collect(Collectors.toSet());
        Set<String> spared = files.stream().flatMap(f -> f.expect().notFired().stream()).collect(Collectors.toSet());
        Set<String> neverFired = new TreeSet<>(rules.keySet());
        neverFired.removeAll(fired);
        Set<String> neverSpared = new TreeSet<>(rules.keySet());
        neverSpared.removeAll(spared);
        assertThat(neverFired).as("rules no scenario expects to fire").isEmpty();
        assertThat(neverSpared).as("rules no near miss expects to be spared").isEmpty();
        Set<String> unknown = new TreeSet<>(fired);
        unknown.addAll(spared);
        unknown.removeAll(rules.keySet());
        assertThat(unknown).as("rule names in scenario files that do not exist").isEmpty();
    }

    @Test
    void everyDoctrineAppearsInAtLeastThreeScenarios() {
        Map<String, Integer> count = new TreeMap<>();
        // a doctrine appears where one of its rules fired or one of its predicates was found to hold or fail
        results.values().forEach(d -> java.util.stream.Stream.concat(d.rulesFired().stream().map(r -> rules.get(r).doctrine()),
                        d.findings().stream().filter(f -> f.value().equals("YES") || f.value().equals("NO")).map(f -> f.doctrine()))
                .distinct().forEach(doc -> count.merge(doc, 1, Integer::sum)));
        System.out.println("Scenarios per doctrine: " + count);
        assertThat(count.keySet()).containsAll(registry.doctrines().keySet());
        assertThat(count.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void everyOutcomeAppearsInAtLeastThreeScenarios() {
        Map<Outcome, Integer> count = new EnumMap<>(Outcome.class);
        results.values().forEach(d -> count.merge(d.outcome(), 1, Integer::sum));
        System.out.println("Scenarios per outcome: " + count);
        for (Outcome o : Outcome.values()) {
            assertThat(count.getOrDefault(o, 0)).as(o.name()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void atLeastTwentyScenariosAreBuiltOnRealCases() {
        List<ScenarioFile> real = files.stream().filter(f -> f.basedOn() != null).toList();
        for (ScenarioFile f : real) {
            Authority a = registry.authority(f.basedOn()).orElseThrow(() -> new AssertionError(f.path() + ": unknown basedOn " + f.basedOn()));
            assertThat(a.kind()).as(f.path() + " is based on a case, statute or policy in the registry")
                    .isIn(Authority.Kind.CASE, Authority.Kind.STATUTE, Authority.Kind.AGENCY_GUIDANCE, Authority.Kind.BALLOT_MEASURE);
        }
        long cases = real.stream().filter(f -> registry.authority(f.basedOn()).get().kind() == Authority.Kind.CASE).count();
        System.out.println("Scenarios built on real cases: " + cases);
        assertThat(cases).isGreaterThanOrEqualTo(20);
    }
}
