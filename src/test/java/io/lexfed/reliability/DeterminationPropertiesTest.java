package io.lexfed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Reason;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties every determination must have, over generated valid scenarios ({@link ScenarioGen}).
 */
class DeterminationPropertiesTest {
    // no session cache: "evaluate twice" must run the rules twice, not answer the second from the cache
    static final LexFed ENGINE = io.lexfed.EngineAccess.uncached();

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
    void everyFindingAndItsCitationsSpeakOnlyOfTheScenariosStateLaw(@ForAll("scenarios") Scenario s) {
        Determination d = ENGINE.evaluate(s);
        String state = s.jurisdiction().state();
        java.util.Map<String, Citation> byId = d.citations().stream().collect(Collectors.toMap(Citation::id, c -> c));
        for (io.lexfed.determination.Finding f : d.findings()) {
            assertThat(byId.keySet()).as(f.predicate() + "'s authorities are among the citations").containsAll(f.authorities());
            if (state != null) {
                assertThat(f.authorities()).as(f.predicate() + " cites no statute or ordinance of another state than " + state)
                        .noneMatch(id -> isLawOfAnotherState(byId.get(id), state));
            }
        }
    }

    // a statute, order or ordinance (not a case) of a state other than the scenario's
    private static boolean isLawOfAnotherState(Citation c, String state) {
        return !"CASE".equals(c.kind()) && !"US".equals(c.jurisdiction()) && !state.equals(c.jurisdiction());
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

    /**
     * Learning a fact the completed scenario leaves unknown never changes a settled outcome, unless
     * the determination says it rests on a presumption or an assertion that stands in for that fact
     * (see {@link UnknownFactsTest}, which checks the same over every scenario of the suite).
     */
    @Property(tries = 300)
    void learningAnUnknownFactNeverChangesASettledOutcome(@ForAll("scenarios") Scenario s) {
        List<String> violations = UnknownFactsTest.violations(ENGINE, s);
        assertThat(violations).as("a settled outcome changed when an unknown fact became known").isEmpty();
    }
}
