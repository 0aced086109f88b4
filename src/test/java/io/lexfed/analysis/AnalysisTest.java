package io.lexfed.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.analysis.FactSlots;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.FederalActionKind;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What would change the answer, checked against what the doctrine says. */
class AnalysisTest {
    static final LexFed ENGINE = LexFed.engine();

    /** Local police want to arrest an ICE agent who arrested someone in public; the warrant is not known. */
    static final Scenario ARREST_WITH_UNKNOWN_WARRANT = Scenario.builder(Actor.LOCAL_POLICE, Action.ARREST_FEDERAL_AGENT)
            .date(LocalDate.of(2025, 6, 1))
            .federalAction(FederalAction.builder().kind(FederalActionKind.CIVIL_ARREST).place(Place.PUBLIC_PLACE).forceUsed(Truth.NO)
                    .reasonToBelieve(Truth.YES).likelyToEscape(Truth.NO).beliefObjectivelyReasonable(Truth.NO)
                    .stateCrimeAlleged(Truth.YES).build())
            .build();

    @Test
    void theWarrantDecidesWhetherPoliceMayArrestTheAgent() {
        assertThat(ENGINE.evaluate(ARREST_WITH_UNKNOWN_WARRANT).outcome()).isEqualTo(Outcome.CONDITIONAL);
        List<DecidingFact> facts = ENGINE.decidingFacts(ARREST_WITH_UNKNOWN_WARRANT);
        DecidingFact warrant = facts.stream().filter(f -> f.fact().equals("federalAction.warrant")).findFirst().orElseThrow();
        Map<String, Outcome> by = warrant.alternatives().stream().collect(Collectors.toMap(Alternative::value, Alternative::outcome));
        // a judge's or an immigration officer's warrant authorizes a public arrest: immunity bars the state (Neagle)
        assertThat(by).containsEntry("JUDICIAL", Outcome.PROHIBITED).containsEntry("ADMINISTRATIVE", Outcome.PROHIBITED);
        // with no warrant and no escape risk, 8 U.S.C. 1357(a)(2) does not authorize the arrest, and no reasonable
        // officer would have believed it did: the state may act
        assertThat(by).containsEntry("NONE", Outcome.PERMITTED);
        assertThat(warrant.doctrines()).contains("supremacy-immunity", "agent-outside-authority");
        assertThat(warrant.question()).contains("warrant");
        assertThat(warrant.narrowing()).isEqualTo(1.0);
        // facts no value of which changes the outcome are left out
        assertThat(facts).extracting(DecidingFact::fact).doesNotContain("detainer.probableCauseShown", "stop.independentReasonableSuspicion");
        assertThat(ENGINE.nextQuestions(ARREST_WITH_UNKNOWN_WARRANT).get(0).narrowing()).isEqualTo(1.0);
    }

    @Test
    void whatIfReportsTheOutcomeReasonsAndCitationsGainedAndLost() {
        WhatIf w = ENGINE.whatIf(ARREST_WITH_UNKNOWN_WARRANT, new FactChange("federalAction.warrant", "JUDICIAL"));
        assertThat(w.outcomeBefore()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(w.outcomeAfter()).isEqualTo(Outcome.PROHIBITED);
        // immunity was a reason before on the condition that the agent acted within authority; now it is the reason
        assertThat(ENGINE.evaluate(ARREST_WITH_UNKNOWN_WARRANT).reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("supremacy-immunity/01-no-state-arrest-of-an-agent-acting-within-federal-authority");
            assertThat(r.conditions()).extracting(Object::toString).containsExactly("agent-within-federal-authority=YES");
        });
        assertThat(w.after().reasons()).anySatisfy(r -> assertThat(r.conditions()).isEmpty());
        assertThat(w.reasonsLost()).contains("agent-outside-authority/01-a-state-may-arrest-an-agent-who-acted-outside-federal-authority");
        assertThat(w.citationsLost()).contains("united-states-v-arpaio-2017");
    }

    @Test
    void aChangeToAnUnknownPathOrAnImpossibleValueIsRefused() {
        assertThatThrownBy(() -> ENGINE.whatIf(ARREST_WITH_UNKNOWN_WARRANT, new FactChange("federalAction.colour", "RED")))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("federalAction.colour");
        assertThatThrownBy(() -> ENGINE.whatIf(ARREST_WITH_UNKNOWN_WARRANT, new FactChange("federalAction.warrant", "SIGNED")))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("$.federalAction.warrant");
    }

    @Test
    void theSmallestFlipsOfASettledOutcomeAreFound() {
        Scenario within = ARREST_WITH_UNKNOWN_WARRANT.toBuilder()
                .federalAction(ARREST_WITH_UNKNOWN_WARRANT.federalAction().toBuilder().warrant(Warrant.JUDICIAL).build()).build();
        MinimalFlips flips = ENGINE.minimalFlips(within, 50_000);
        assertThat(flips.from()).isEqualTo(Outcome.PROHIBITED);
        assertThat(flips.complete()).isTrue();
        // "this would be PERMITTED if the agent had acted for no federal duty": an element, never the conclusion itself
        assertThat(flips.flips()).contains(new Flip(List.of(new FactChange("federalAction.connectedToFederalDuty", "NO")), Outcome.PERMITTED));
        assertThat(flips.flips()).flatMap(Flip::changes).extracting(FactChange::path)
                .doesNotContain("federalAction.withinFederalAuthority", "stateLaw.noStatewideLaw");
        assertThat(flips.flips()).allSatisfy(f -> assertThat(f.changes()).hasSizeBetween(1, 2));
        assertThat(flips.flips().stream().filter(f -> f.changes().size() == 2)).allSatisfy(pair -> {
            for (FactChange c : pair.changes()) {
                assertThat(flips.flips()).doesNotContain(new Flip(List.of(c), pair.outcome()));
            }
        });
    }

    @Test
    void aSearchThatHitsItsBoundSaysSo() {
        MinimalFlips flips = ENGINE.minimalFlips(ARREST_WITH_UNKNOWN_WARRANT, 40);
        assertThat(flips.complete()).isFalse();
        assertThat(flips.evaluated()).isEqualTo(40);
        assertThat(ENGINE.minimalFlips(ARREST_WITH_UNKNOWN_WARRANT, 0).flips()).isEmpty();
        assertThatThrownBy(() -> ENGINE.minimalFlips(ARREST_WITH_UNKNOWN_WARRANT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The first 100 variants of the unknown-warrant arrest, in the search's fixed order, hold these flips and no others. */
    static final List<Flip> FIRST_100_VARIANTS_FLIPS = List.of(
            new Flip(List.of(new FactChange("federalAction.kind", "DETAINER_REQUEST")), Outcome.PROHIBITED),
            new Flip(List.of(new FactChange("federalAction.kind", "INFORMATION_REQUEST")), Outcome.PROHIBITED),
            new Flip(List.of(new FactChange("federalAction.warrant", "ADMINISTRATIVE")), Outcome.PROHIBITED),
            new Flip(List.of(new FactChange("federalAction.warrant", "JUDICIAL")), Outcome.PROHIBITED),
            new Flip(List.of(new FactChange("federalAction.connectedToFederalDuty", "NO")), Outcome.PERMITTED),
            new Flip(List.of(new FactChange("federalAction.agentBelievedConductNecessary", "NO")), Outcome.PERMITTED),
            new Flip(List.of(new FactChange("federalAction.stateCrimeAlleged", "NO")), Outcome.PROHIBITED));

    @Test
    void theSameScenarioAndCountGiveTheSameFlipsUnderAnyLoad() throws Exception {
        Scenario s = LexFedJson.readScenario("{\"date\":\"2025-03-04\",\"jurisdiction\":{\"state\":\"CO\",\"locality\":\"Denver\"},"
                + "\"actor\":\"LOCAL_POLICE\",\"action\":\"ARREST_FEDERAL_AGENT\",\"federalAction\":{\"agency\":\"ICE_ERO\","
                + "\"kind\":\"CIVIL_ARREST\",\"place\":\"PUBLIC_PLACE\",\"forceUsed\":\"NO\",\"stateCrimeAlleged\":\"YES\"}}");
        MinimalFlips idle = ENGINE.minimalFlips(s, 100);
        assertThat(idle.flips()).containsExactlyElementsOf(FIRST_100_VARIANTS_FLIPS);
        // a wall-clock bound gave fewer flips the busier the machine; a count does not see the load
        int threads = Runtime.getRuntime().availableProcessors() * 4;
        java.util.concurrent.ExecutorService busy = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            for (int i = 0; i < threads; i++) {
                busy.submit(() -> {
                    long spin = 0;
                    while (!stop.get()) {
                        spin += ENGINE.evaluate(s).reasons().size();
                    }
                    return spin;
                });
            }
            MinimalFlips loaded = ENGINE.minimalFlips(s, 100);
            assertThat(loaded).isEqualTo(idle);
        } finally {
            stop.set(true);
            busy.shutdownNow();
        }
    }

    @Test
    void everyVariableFactHasAPlainEnglishQuestion() {
        for (FactSlots.Slot slot : FactSlots.all()) {
            String question = io.lexfed.internal.catalogue.Catalogue.fact(slot.path()).orElseThrow().question();
            assertThat(question).as(slot.path()).isNotBlank().endsWith("?").doesNotContain(slot.path())
                    .matches("[A-Z].*").hasSizeGreaterThan(15);
        }
        assertThat(FactSlots.all()).extracting(FactSlots.Slot::path).contains("federalAction.warrant", "detainer.hoursPastRelease",
                "stateLaw.immigrationCrime", "conduct.activeConcealment");
    }

    /** An interview asks the top question and takes the first answer until the outcome is settled. */
    @TestFactory
    Stream<DynamicTest> interviewsReachASettledOutcomeForEveryConditionalScenario() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ScenarioFile f : ScenarioSuiteTest.all()) {
            Scenario start = LexFedJson.readScenario(f.scenario());
            if (ENGINE.evaluate(start).outcome() != Outcome.CONDITIONAL) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(f.path().toString(), () -> {
                Scenario s = start;
                List<String> asked = new ArrayList<>();
                for (int step = 0; step < 12; step++) {
                    Determination d = ENGINE.evaluate(s);
                    if (d.outcome() != Outcome.CONDITIONAL) {
                        assertThat(asked).isNotEmpty();
                        return;
                    }
                    List<DecidingFact> next = ENGINE.nextQuestions(s);
                    assertThat(next).as("a CONDITIONAL outcome has a question that narrows it; asked so far " + asked).isNotEmpty();
                    DecidingFact q = next.get(0);
                    asked.add(q.fact());
                    s = io.lexfed.internal.analysis.FactSlots.apply(s, List.of(new FactChange(q.fact(), q.alternatives().get(0).value())));
                }
                throw new AssertionError("the interview did not settle within 12 questions: " + asked);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    @Test
    void theArgumentMapRunsFromFactsToTheOutcomeWithDisplacements() {
        Scenario massachusetts = io.lexfed.ReadmeExample.scenario();
        ArgumentMap map = ArgumentMap.of(ENGINE.evaluate(massachusetts));
        assertThat(map.nodes()).extracting(ArgumentMap.Node::kind).contains(ArgumentMap.Kind.FACT, ArgumentMap.Kind.PREDICATE,
                ArgumentMap.Kind.CONCLUSION, ArgumentMap.Kind.OVERRIDDEN, ArgumentMap.Kind.OUTCOME);
        assertThat(map.edges()).anySatisfy(e -> {
            assertThat(e.displacement()).isTrue();
            assertThat(e.label()).contains("permission is not command");
            assertThat(e.to()).isEqualTo("conclusion:state-arrest-authority/07-no-hold-or-arrest-without-state-law-authority");
        });
        assertThat(map.edges()).anySatisfy(e -> assertThat(e.label()).contains("lunn-v-commonwealth-2017"));
        assertThat(map.toMermaid()).startsWith("flowchart LR").contains("-.->");
        assertThat(map.toDot()).startsWith("digraph determination {").contains("style=dashed").endsWith("}\n");
    }
}
