package io.lexfed.internal.predicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.mapping.ScenarioMapper;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the evaluation remembers must never answer differently from working it out again: the courts' answers to the
 * contested questions, kept per state and period between the days a deciding decision starts or stops counting, and
 * predicate values kept while a presumption is rebutted and restored.
 */
class RememberedAnswersTest {
    private static final Registry REGISTRY = Registry.load();
    private static final List<String> STATES = Stream.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
            "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY").toList();

    @Test
    void theCourtsAnswersRememberedForAPeriodAreThoseOfEveryDayInIt() {
        // every day a deciding decision starts or stops counting, the day before it, and "all the registry knows"
        List<LocalDate> days = new ArrayList<>();
        for (Decision d : Predicates.decisions()) {
            Authority a = REGISTRY.authority(d.authority()).orElseThrow();
            for (LocalDate turn : Arrays.asList(a.date(), a.vacated())) {
                if (turn != null) {
                    days.add(turn);
                    days.add(turn.minusDays(1));
                }
            }
        }
        days.add(null);
        List<String> states = new ArrayList<>(STATES);
        states.add(null);
        ScenarioMapper warm = new ScenarioMapper(REGISTRY);
        int compared = 0;
        for (String state : states) {
            for (LocalDate day : days) {
                Scenario s = Scenario.builder(Actor.LOCAL_POLICE, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction(state, null))
                        .date(LocalDate.of(2012, 7, 1)).askedOn(day).build();
                Context remembered = warm.context(s, LocalDate.of(2012, 7, 1), null);
                Context fresh = new ScenarioMapper(REGISTRY).context(s, LocalDate.of(2012, 7, 1), null);
                assertThat(remembered.rulings).as("rulings in %s asked on %s", state, day).containsExactly(fresh.rulings);
                assertThat(remembered.decidedBy).as("deciding decisions in %s asked on %s", state, day).containsExactly(fresh.decidedBy);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(51 * 40);
    }

    @Test
    void rebuttingAPresumptionAndRestoringItGivesEveryValueAFreshContextGives() {
        int[] codes = new int[Catalogue.size()];
        Arrays.fill(codes, io.lexfed.internal.catalogue.Fact.UNKNOWN);
        byte[] rulings = new byte[Predicates.contested().size()];
        long[] decidedBy = new long[rulings.length];
        Context c = Predicates.context(codes.clone(), Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER, new java.util.BitSet(), rulings, decidedBy);
        for (int p = 0; p < Predicates.presumptions().size(); p++) {
            for (Definition d : Predicates.definitions()) {
                c.value(d.index());
            }
            c.rebut(p);
            Context rebutted = Predicates.context(codes.clone(), Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER, new java.util.BitSet(), rulings, decidedBy);
            rebutted.rebut(p);
            for (Definition d : Predicates.definitions()) {
                assertThat(shown(c.value(d.index()))).as("%s with presumption %d rebutted", d.id(), p).isEqualTo(shown(rebutted.value(d.index())));
            }
            c.rebut(-1);
            Context plain = Predicates.context(codes.clone(), Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER, new java.util.BitSet(), rulings, decidedBy);
            for (Definition d : Predicates.definitions()) {
                assertThat(shown(c.value(d.index()))).as("%s after presumption %d is restored", d.id(), p).isEqualTo(shown(plain.value(d.index())));
            }
        }
    }

    // a value by everything it carries (values have no equality of their own)
    private static String shown(Value v) {
        return v.holds() + " waiting " + v.waiting() + " contested " + v.contested() + " presumed " + v.presumed() + " excepted " + v.excepted()
                + " decided " + v.decided() + " asserted " + v.asserted();
    }
}
