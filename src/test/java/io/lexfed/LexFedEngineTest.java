package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Agreement287g;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Detainer;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.FederalActionKind;
import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's contract: determinism, thread safety, dates, and the notice. */
class LexFedEngineTest {
    static final Scenario DETAINER_IN_MASSACHUSETTS = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER)
            .date(LocalDate.of(2017, 8, 1))
            .detainer(new Detainer(null, Warrant.ADMINISTRATIVE, Truth.YES, 24))
            .stateLaw(StateLaw.builder().noStatewideLaw(Truth.YES).authorizesCivilImmigrationArrests(Truth.NO).build())
            .localPolicy(LocalPolicy.none())
                .agreement287g(Agreement287g.none()).build();

    // without the session cache, so that every evaluation below runs the rules rather than a cache hit
    private static final LexFed UNCACHED = EngineAccess.uncached();

    @Test
    void theSameScenarioGivesAnEqualDeterminationFiftyTimes() {
        Determination first = UNCACHED.evaluate(DETAINER_IN_MASSACHUSETTS);
        for (int i = 0; i < 50; i++) {
            assertThat(UNCACHED.evaluate(DETAINER_IN_MASSACHUSETTS)).isEqualTo(first);
        }
        assertThat(first.outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(first.rulesFired()).contains("state-arrest-authority/07-no-hold-or-arrest-without-state-law-authority");
    }

    @Test
    void evaluationsOnManyThreadsAgreeWithTheSerialAnswers() throws Exception {
        List<Scenario> scenarios = List.of(DETAINER_IN_MASSACHUSETTS,
                Scenario.builder(Actor.LOCAL_POLICE, Action.ARREST_FEDERAL_AGENT).date(LocalDate.of(2025, 6, 1))
                        .federalAction(FederalAction.builder().kind(FederalActionKind.CIVIL_ARREST).warrant(Warrant.JUDICIAL)
                                .place(Place.PUBLIC_PLACE).forceUsed(Truth.NO).stateCrimeAlleged(Truth.YES).build()).build(),
                Scenario.builder(Actor.PRIVATE_PERSON, Action.OBSERVE_AND_RECORD).build());
        List<Determination> serial = scenarios.stream().map(UNCACHED::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Determination>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Scenario s = scenarios.get(i % scenarios.size());
                futures.add(pool.submit(() -> UNCACHED.evaluate(s)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(serial.get(i % scenarios.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScenarioWithoutADateIsJudgedByTheLawOfTheEngineClocksDay() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
        Scenario undated = Scenario.builder(Actor.PRIVATE_PERSON, Action.OBSERVE_AND_RECORD).build();
        assertThat(LexFed.engine(clock).evaluate(undated).asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void everyDeterminationSaysItIsNotLegalAdvice() {
        Determination d = LexFed.engine().evaluate(Scenario.builder(Actor.PRIVATE_PERSON, Action.CIVIL_IMMIGRATION_ARREST).build());
        assertThat(d.notice()).contains("not legal advice");
        assertThat(d.summary()).contains("not legal advice");
    }

    @Test
    void aNullScenarioIsRefused() {
        assertThatThrownBy(() -> LexFed.engine().evaluate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnknownFindingIsShownOnlyWhereAPredicateThatReadsItIsStillOpen() {
        // an arrest of an agent whose warrant is unknown: the open findings on the path to the outcome are all shown
        Scenario arrest = Scenario.builder(Actor.LOCAL_POLICE, Action.ARREST_FEDERAL_AGENT).date(LocalDate.of(2025, 3, 4))
                .jurisdiction(new io.lexfed.scenario.Jurisdiction("CO", "Denver"))
                .federalAction(FederalAction.builder().kind(FederalActionKind.CIVIL_ARREST).place(Place.PUBLIC_PLACE).forceUsed(Truth.NO)
                        .stateCrimeAlleged(Truth.YES).build()).build();
        Determination open = UNCACHED.evaluate(arrest);
        assertThat(open.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(open.findings()).filteredOn(f -> f.value().equals("UNKNOWN")).extracting(io.lexfed.determination.Finding::predicate)
                .contains("agent-within-federal-authority", "no-more-than-necessary-and-proper", "a-lawful-basis-for-the-seizure-or-entry");
        // declining to help with an arrest: whether a judge signed a warrant for a hold is read only by predicates decided without it
        Scenario decline = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.DECLINE_TO_ASSIST).date(LocalDate.of(2020, 6, 1))
                .jurisdiction(new io.lexfed.scenario.Jurisdiction("WA", null)).localPolicy(LocalPolicy.none()).build();
        Determination decided = UNCACHED.evaluate(decline);
        assertThat(decided.outcome()).isEqualTo(Outcome.PERMITTED);
        assertThat(decided.findings()).noneMatch(f -> f.predicate().equals("a-judge-signed-a-warrant-for-the-hold"));
        assertThat(decided.findings()).anyMatch(f -> f.predicate().equals("a-state-limit-covers-the-act") && f.value().equals("NO"));
    }
}
