package io.lexfed.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Reason;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written baseline and LexFed agree on every suite scenario of the baseline's three
 * doctrines: the same outcome, and, where the baseline assembles a determination, the same reasons
 * for the rules both give and citations LexFed gives too — so the benchmark compares like with like.
 */
class BaselineEquivalenceTest {
    static final HandWrittenEvaluator BASELINE = new HandWrittenEvaluator(Registry.load());
    // no session cache: each comparison runs LexFed's rules, never an earlier result
    static final LexFed LEXFED = LexFed.builder().sessionCache(0).build();

    static List<ScenarioFile> covered() {
        return ScenarioSuiteTest.all().stream()
                .filter(f -> HandWrittenEvaluator.ACTIONS.contains(LexFedJson.readScenario(f.scenario()).action())).toList();
    }

    @TestFactory
    Stream<DynamicTest> theBaselineAgreesWithLexFed() {
        return covered().stream().map(f -> DynamicTest.dynamicTest(f.path().toString(), () -> {
            Scenario s = LexFedJson.readScenario(f.scenario());
            assertThat(BASELINE.outcome(s)).as(f.path().toString()).isEqualTo(LEXFED.evaluate(s).outcome());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theBaselinesDeterminationSaysWhatLexFedSays() {
        return covered().stream().map(f -> DynamicTest.dynamicTest(f.path().toString(), () -> {
            Scenario s = LexFedJson.readScenario(f.scenario());
            Determination lexfed = LEXFED.evaluate(s);
            Determination baseline = BASELINE.determination(s);
            assertThat(baseline.outcome()).isEqualTo(lexfed.outcome());
            Map<String, Reason> lexfedReasons = given(lexfed).collect(Collectors.toMap(Reason::rule, Function.identity()));
            for (Reason r : baseline.reasons()) {
                if (lexfedReasons.containsKey(r.rule())) {
                    Reason l = lexfedReasons.get(r.rule());
                    assertThat(List.of(r.doctrine(), r.analysis(), r.layer(), r.outcome(), r.statement(), r.authorities()))
                            .as(r.rule()).isEqualTo(List.of(l.doctrine(), l.analysis(), l.layer(), l.outcome(), l.statement(), l.authorities()));
                }
            }
            Map<String, Citation> lexfedCitations = lexfed.citations().stream().collect(Collectors.toMap(Citation::id, Function.identity()));
            assertThat(baseline.citations()).allSatisfy(c -> assertThat(c).isEqualTo(lexfedCitations.get(c.id())));
            assertThat(baseline.premises()).isEqualTo(lexfed.premises());
            // the deciding facts the two both name, they say the same of
            Map<String, MissingFact> lexfedMissing = lexfed.missingFacts().stream().collect(Collectors.toMap(MissingFact::fact, Function.identity()));
            assertThat(baseline.missingFacts()).filteredOn(m -> lexfedMissing.containsKey(m.fact()))
                    .allSatisfy(m -> assertThat(m.ifValue()).as(m.fact()).isEqualTo(lexfedMissing.get(m.fact()).ifValue()));
            if (baseline.outcome() == io.lexfed.determination.Outcome.CONDITIONAL) {
                assertThat(baseline.missingFacts()).isNotEmpty();
            }
        }));
    }

    // the conclusions LexFed gives: those that decide and those it overrode
    private static Stream<Reason> given(Determination d) {
        return Stream.concat(d.reasons().stream(), d.overridden().stream().map(o -> o.conclusion()));
    }

    // most of what the baseline says LexFed says too: the reasons are the same rules, not a loose likeness
    @Test
    void theBaselinesReasonsAreLexFedsReasons() {
        AtomicInteger given = new AtomicInteger();
        AtomicInteger shared = new AtomicInteger();
        for (ScenarioFile f : covered()) {
            Scenario s = LexFedJson.readScenario(f.scenario());
            List<String> lexfed = given(LEXFED.evaluate(s)).map(Reason::rule).toList();
            for (Reason r : BASELINE.determination(s).reasons()) {
                given.incrementAndGet();
                if (lexfed.contains(r.rule())) {
                    shared.incrementAndGet();
                }
            }
        }
        assertThat(shared.get()).as("%d of %d reasons shared", shared.get(), given.get()).isGreaterThanOrEqualTo(given.get() * 9 / 10);
    }

    @Test
    void everyMirroredRuleIsARuleWithItsDoctrineSectionAndAuthorities() {
        Map<String, RuleInfo> rules = RuleBase.load(Registry.load()).rules();
        assertThat(HandWrittenEvaluator.MIRRORS).allSatisfy(m -> {
            assertThat(rules).containsKey(m.rule());
            RuleInfo info = rules.get(m.rule());
            assertThat(List.of(m.doctrine(), m.analysis(), m.cites())).as(m.rule()).isEqualTo(List.of(info.doctrine(), info.analysis(), info.cites()));
        });
    }

    @Test
    void theComparisonCoversEnoughScenarios() {
        assertThat(covered()).hasSizeGreaterThanOrEqualTo(40);
    }
}
