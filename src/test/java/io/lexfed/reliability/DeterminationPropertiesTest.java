package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Finding;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Reason;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties every determination must have, over generated valid scenarios ({@link ScenarioGen}).
 * The definitions behind the last property are in docs/reliability.md.
 */
class DeterminationPropertiesTest {
    static final LexFed ENGINE = LexFed.engine();
    private static final Set<Outcome> SETTLED = Set.of(Outcome.REQUIRED, Outcome.PERMITTED, Outcome.PROHIBITED, Outcome.UNSETTLED);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioGen.scenarios();
    }

    @Property(tries = 400)
    void everyReasonIsCitedAndEveryCitationResolves(@ForAll("scenarios") Scenario s) {
        Determination d = ENGINE.evaluate(s);
        Statistics.collect(d.outcome());
        assertThat(d.reasons()).as("reasons").isNotEmpty();
        Set<String> cited = d.citations().stream().map(Citation::id).collect(Collectors.toSet());
        for (Reason r : d.reasons()) {
            assertThat(r.authorities()).as(r.rule() + " cites something").isNotEmpty();
            assertThat(cited).as(r.rule() + "'s authorities are among the citations").containsAll(r.authorities());
        }
    }

    @Property(tries = 400)
    void conditionalExactlyWhenFactsAreMissing(@ForAll("scenarios") Scenario s) {
        Determination d = ENGINE.evaluate(s);
        assertThat(d.outcome() == Outcome.CONDITIONAL).as("outcome %s with missing facts %s", d.outcome(), d.missingFacts())
                .isEqualTo(!d.missingFacts().isEmpty());
    }

    @Property(tries = 300)
    void scenarioAndDeterminationRoundTripThroughJson(@ForAll("scenarios") Scenario s) {
        assertThat(LexFedJson.readScenario(LexFedJson.write(s))).isEqualTo(s);
        Determination d = ENGINE.evaluate(s);
        assertThat(LexFedJson.readDetermination(LexFedJson.write(d))).isEqualTo(d);
    }

    @Property(tries = 300)
    void evaluatingTwiceGivesEqualDeterminations(@ForAll("scenarios") Scenario s) {
        assertThat(ENGINE.evaluate(s)).isEqualTo(ENGINE.evaluate(s));
    }

    @Provide
    Arbitrary<Integer> fieldIndex() {
        return Arbitraries.integers().between(0, ScenarioGen.FIELDS.size() - 1);
    }

    /**
     * Learning a fact that was unknown may leave a settled outcome alone or make it conditional,
     * but may turn it into a different settled outcome only if the first determination shows the
     * fact could matter: a finding or the missing facts name it, or a rule that fired read the
     * part of the scenario it belongs to.
     */
    @Property(tries = 2000)
    void learningAnUnknownFactChangesASettledOutcomeOnlyWhereARuleLooked(@ForAll("scenarios") Scenario s,
                                                                        @ForAll("fieldIndex") int field, @ForAll int valueChoice) {
        ScenarioGen.Field f = ScenarioGen.FIELDS.get(field);
        Assume.that(ScenarioGen.unknown(s, f));
        List<Object> known = f.values().stream().filter(v -> !"UNKNOWN".equals(v)).toList();
        Object value = known.get(Math.floorMod(valueChoice, known.size()));
        Scenario learned = with(s, f, value);
        Assume.that(learned != null);
        Determination before = ENGINE.evaluate(s);
        Assume.that(SETTLED.contains(before.outcome()));
        Determination after = ENGINE.evaluate(learned);
        boolean changed = SETTLED.contains(after.outcome()) && after.outcome() != before.outcome();
        Statistics.label("learning the fact").collect(changed ? "changed the settled outcome" : "kept it or made it conditional");
        if (changed) {
            assertThat(mayMatter(before)).as("learning %s = %s turned %s into %s, though no rule looked at it; rules fired: %s",
                    f.path(), value, before.outcome(), after.outcome(), before.rulesFired()).contains(f.path());
        }
    }

    /**
     * The facts a determination shows could matter: every fact a finding or the missing facts
     * name, and every field of each scenario part ({@code fact:<part>}) in the basis of a reason,
     * an overridden conclusion or a finding.
     */
    static Set<String> mayMatter(Determination d) {
        Set<String> out = new TreeSet<>();
        d.missingFacts().stream().map(MissingFact::fact).forEach(out::add);
        d.findings().forEach(f -> out.addAll(f.missingFacts()));
        Set<String> parts = Stream.of(d.reasons().stream().flatMap(r -> r.basis().stream()),
                        d.overridden().stream().flatMap(o -> o.conclusion().basis().stream()),
                        d.findings().stream().map(Finding::basis).flatMap(List::stream))
                .flatMap(x -> x).filter(b -> b.startsWith("fact:")).map(b -> b.substring("fact:".length())).collect(Collectors.toSet());
        ScenarioGen.FIELDS.stream().filter(f -> parts.contains(f.part())).map(ScenarioGen.Field::path).forEach(out::add);
        return out;
    }

    private static Scenario with(Scenario s, ScenarioGen.Field f, Object value) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(LexFedJson.write(s));
            ObjectNode part = root.get(f.part()) instanceof ObjectNode o ? o : root.putObject(f.part());
            if (value instanceof Integer n) {
                part.put(f.name(), n);
            } else {
                part.put(f.name(), (String) value);
            }
            return LexFedJson.readScenario(root);
        } catch (InvalidScenarioException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
