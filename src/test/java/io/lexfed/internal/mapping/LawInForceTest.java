package io.lexfed.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The law in force that reaches the rules, period by period, agrees with each authority's own dates. */
class LawInForceTest {
    private static final Registry REGISTRY = Registry.load();
    private final LawInForce.Periods periods = new LawInForce.Periods(REGISTRY);

    @Test
    void onEveryBoundaryOfEveryDatedAuthorityTheRulesSeeWhatTheAuthoritySays() {
        int checked = 0;
        for (Authority boundaryOf : REGISTRY.authorities().values()) {
            for (LocalDate b : new LocalDate[] {boundaryOf.inForceFrom(), boundaryOf.inForceUntil()}) {
                if (b == null) {
                    continue;
                }
                for (LocalDate day : new LocalDate[] {b.minusDays(1), b, b.plusDays(1)}) {
                    LawInForce law = periods.on(day);
                    for (Authority a : REGISTRY.authorities().values()) {
                        assertThat(law.test(a.id())).as("%s on %s", a.id(), day).isEqualTo(a.inForceOn(day));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void daysOfOnePeriodShareTheirLawAndDaysEitherSideOfABoundaryDoNot() {
        Authority dated = REGISTRY.authorities().values().stream().filter(a -> a.inForceFrom() != null).findFirst().orElseThrow();
        LocalDate from = dated.inForceFrom();
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
}
