package io.lexfed.suite;

import io.lexfed.testing.ScenarioFile;

import com.fasterxml.jackson.databind.JsonNode;

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
 * by a genuine near miss (same action, few facts changed), every doctrine and every outcome in at least three scenarios, and real cases.
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

    /** The most scenario facts (leaf values of the scenario JSON) a near miss may change from a scenario where the rule fires. */
    static final int NEAR_MISS_MAX_CHANGED_FACTS = 3;

    /** Fields that describe a scenario rather than state a fact; a near miss may change them freely. */
    static final Set<String> DESCRIPTIVE_FIELDS = Set.of("name", "description", "note");

    @Test
    void everyRuleIsExpectedToFireSomewhere() {
        // a rule that carries the outcome only on a condition the facts leave open (a contested question, say) fires there
        Set<String> neverFired = new TreeSet<>(rules.keySet());
        neverFired.removeAll(firedOrReasons());
        assertThat(neverFired).as("rules no scenario expects to fire").isEmpty();
        Set<String> unknown = new TreeSet<>(firedOrReasons());
        files.forEach(f -> unknown.addAll(f.expect().notFired()));
        unknown.removeAll(rules.keySet());
        assertThat(unknown).as("rule names in scenario files that do not exist").isEmpty();
    }

    /**
     * A near miss is a scenario that expects the rule not to fire (in {@code notFired}, and not among
     * its {@code reasons} either, not even on a condition), has the same action as a scenario that
     * expects it to fire (in {@code fired}, or among the {@code reasons} where it carries the outcome
     * on a condition the facts leave open), and differs from that scenario in at most
     * {@value #NEAR_MISS_MAX_CHANGED_FACTS} facts: leaf values of the scenario JSON, a fact present in
     * one and absent from the other counting as changed. A {@code notFired} line in a scenario about
     * another action, or far from every firing, does not count.
     */
    @Test
    void everyRuleIsSparedInAGenuineNearMiss() {
        Map<String, NearMiss> best = new TreeMap<>();
        Map<ScenarioFile, JsonNode> trees = new HashMap<>();
        files.forEach(f -> trees.put(f, tree(f)));
        for (String rule : rules.keySet()) {
            List<ScenarioFile> firing = files.stream()
                    .filter(f -> f.expect().fired().contains(rule) || f.expect().reasons().contains(rule)).toList();
            NearMiss closest = null;
            for (ScenarioFile spared : files) {
                if (!spared.expect().notFired().contains(rule) || spared.expect().reasons().contains(rule)) {
                    continue;
                }
                for (ScenarioFile fires : firing) {
                    JsonNode a = trees.get(spared);
                    JsonNode b = trees.get(fires);
                    if (!a.path("action").equals(b.path("action"))) {
                        continue;
                    }
                    List<String> changed = changedFacts(a, b);
                    if (closest == null || changed.size() < closest.changed().size()) {
                        closest = new NearMiss(spared, fires, changed);
                    }
                }
            }
            best.put(rule, closest);
        }
        System.out.println("Near misses (facts changed from the closest scenario where the rule fires; at most "
                + NEAR_MISS_MAX_CHANGED_FACTS + "):");
        best.forEach((rule, m) -> System.out.println("  " + rule + ": " + (m == null ? "none with the same action"
                : m.changed().size() + " " + m.changed() + " in " + m.spared().path() + " from " + m.fires().path())));
        Set<String> without = new TreeSet<>();
        best.forEach((rule, m) -> {
            if (m == null || m.changed().size() > NEAR_MISS_MAX_CHANGED_FACTS) {
                without.add(rule);
            }
        });
        assertThat(without).as("rules no genuine near miss expects to be spared (same action, at most "
                + NEAR_MISS_MAX_CHANGED_FACTS + " facts changed)").isEmpty();
    }

    @Test
    void theNearMissMeasureCountsChangedLeafFacts() {
        var a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        a.put("action", "HONOR_DETAINER").put("date", "2024-01-01");
        a.putObject("detainer").put("warrant", "NONE").put("probableCauseShown", "NO");
        var b = a.deepCopy();
        assertThat(changedFacts(a, b)).isEmpty();
        b.put("date", "2024-01-02");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("detainer")).put("probableCauseShown", "YES").put("hoursPastRelease", 96);
        b.putObject("stateLaw").put("noStatewideLaw", "YES");
        b.put("name", "a description, not a fact");
        assertThat(changedFacts(a, b)).containsExactly("date", "detainer.hoursPastRelease", "detainer.probableCauseShown", "stateLaw.noStatewideLaw");
    }

    record NearMiss(ScenarioFile spared, ScenarioFile fires, List<String> changed) {
    }

    static Set<String> firedOrReasons() {
        return files.stream().flatMap(f -> java.util.stream.Stream.concat(f.expect().fired().stream(), f.expect().reasons().stream()))
                .collect(Collectors.toSet());
    }

    /** The JSON paths of the leaf facts whose values differ between two scenarios, in order. */
    private static JsonNode tree(ScenarioFile f) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.scenario());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(f.path() + ": " + e.getMessage(), e);
        }
    }

    static List<String> changedFacts(JsonNode a, JsonNode b) {
        Map<String, JsonNode> la = leaves(a, "", new TreeMap<>());
        Map<String, JsonNode> lb = leaves(b, "", new TreeMap<>());
        Set<String> paths = new TreeSet<>(la.keySet());
        paths.addAll(lb.keySet());
        return paths.stream().filter(p -> !java.util.Objects.equals(la.get(p), lb.get(p))).toList();
    }

    private static Map<String, JsonNode> leaves(JsonNode n, String path, Map<String, JsonNode> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (!DESCRIPTIVE_FIELDS.contains(e.getKey())) {
                    leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                leaves(n.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, n);
        }
        return out;
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
            assertThat(a.kind()).as(f.path() + " is based on a case, statute, regulation or policy in the registry")
                    .isIn(Authority.Kind.CASE, Authority.Kind.STATUTE, Authority.Kind.REGULATION, Authority.Kind.EXECUTIVE_ORDER, Authority.Kind.AGENCY_GUIDANCE,
                            Authority.Kind.BALLOT_MEASURE);
        }
        long cases = real.stream().filter(f -> registry.authority(f.basedOn()).get().kind() == Authority.Kind.CASE).count();
        System.out.println("Scenarios built on real cases: " + cases);
        assertThat(cases).isGreaterThanOrEqualTo(20);
    }
}
