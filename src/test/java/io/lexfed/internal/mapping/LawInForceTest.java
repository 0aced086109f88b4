package io.lexfed.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The law in force that reaches the rules, period by period, agrees with each authority's own dates. */
class LawInForceTest {
    private static final Registry REGISTRY = Registry.load();
    private static final List<String> ASKED = LawInForce.askedIn(Path.of("rules"), REGISTRY);
    private final LawInForce.Periods periods = new LawInForce.Periods(REGISTRY);

    @Test
    void theBuiltListOfQuestionsIsTheOneTheRulesAskNow() throws IOException {
        try (InputStream in = LawInForce.class.getResourceAsStream(LawInForce.ASKED)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()).isEqualTo(ASKED);
        }
        assertThat(ASKED).contains("ice-courthouse-directive-2018", "dhs-protected-areas-2021", "eo-14159-2025");
    }

    @Test
    void onEveryBoundaryTheRulesSeeWhatEachAuthorityTheyAskAboutSays() {
        int checked = 0;
        for (String id : ASKED) {
            Authority boundaryOf = REGISTRY.authority(id).orElseThrow();
            for (LocalDate b : new LocalDate[] {boundaryOf.inForceFrom(), boundaryOf.inForceUntil()}) {
                if (b == null) {
                    continue;
                }
                for (LocalDate day : new LocalDate[] {b.minusDays(1), b, b.plusDays(1)}) {
                    LawInForce law = periods.on(day);
                    for (String asked : ASKED) {
                        assertThat(law.test(asked)).as("%s on %s", asked, day).isEqualTo(REGISTRY.authority(asked).orElseThrow().inForceOn(day));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void anUndatedAuthorityIsAlwaysInForceAndADatedOneNoRuleAsksAboutIsADefect() {
        LawInForce law = periods.on(LocalDate.of(2020, 1, 1));
        Authority undated = REGISTRY.authorities().values().stream()
                .filter(a -> a.inForceFrom() == null && a.inForceUntil() == null).findFirst().orElseThrow();
        assertThat(law.test(undated.id())).isTrue();
        Authority unasked = REGISTRY.authorities().values().stream()
                .filter(a -> (a.inForceFrom() != null || a.inForceUntil() != null) && !ASKED.contains(a.id())).findFirst().orElseThrow();
        assertThatThrownBy(() -> law.test(unasked.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(unasked.id()).hasMessageContaining("rebuild");
    }

    @Test
    void daysOfOnePeriodShareTheirLawAndDaysEitherSideOfABoundaryDoNot() {
        LocalDate from = REGISTRY.authority("ice-courthouse-directive-2018").orElseThrow().inForceFrom();
        assertThat(periods.on(from)).isNotEqualTo(periods.on(from.minusDays(1)));
        assertThat(periods.on(LocalDate.of(1800, 1, 1))).isEqualTo(periods.on(LocalDate.of(1801, 6, 1)));
    }

    @Test
    void twoScenariosDifferingOnlyInDateWithinAPeriodHaveEqualFactSets() {
        ScenarioMapper mapper = new ScenarioMapper(REGISTRY);
        Scenario s = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).build();
        assertThat(mapper.factSet(s, LocalDate.of(1850, 1, 1))).isEqualTo(mapper.factSet(s, LocalDate.of(1851, 1, 1)));
        assertThat(mapper.factSet(s, LocalDate.of(1850, 1, 1)))
                .isNotEqualTo(mapper.factSet(Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.DECLINE_DETAINER).build(), LocalDate.of(1850, 1, 1)));
    }

    @Test
    void aRuleAskingAboutAnUnknownAuthorityIsADefect() {
        assertThatThrownBy(() -> periods.on(LocalDate.of(2020, 1, 1)).test("no-such-authority"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-authority");
    }

    @Test
    void aRuleAskingAboutAnAuthorityTheRegistryLacksFailsTheBuild(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("x.drl"), "rule \"x/01-y\" when Situation( inForce(\"no-such-memo\") ) then end");
        assertThatThrownBy(() -> LawInForce.askedIn(rules, REGISTRY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.drl asks whether unknown authority 'no-such-memo' is in force");
        assertThat(Set.copyOf(ASKED)).doesNotContain("no-such-memo");
    }
}
