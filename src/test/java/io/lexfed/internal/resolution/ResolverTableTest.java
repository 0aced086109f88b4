package io.lexfed.internal.resolution;

import static io.lexfed.determination.Outcome.CONDITIONAL;
import static io.lexfed.determination.Outcome.PERMITTED;
import static io.lexfed.determination.Outcome.PROHIBITED;
import static io.lexfed.determination.Outcome.REQUIRED;
import static io.lexfed.determination.Outcome.UNSETTLED;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Principle;
import io.lexfed.internal.facts.Conclusion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The combination algebra of LEGAL-MODEL.md §4 as a table: for every pair of layers and every
 * pair of firm outcomes, who prevails and by which principle. The table below is the legal
 * model's five rules written out by hand, independent of the resolver's code.
 */
class ResolverTableTest {

    /** Where the first conclusion stands relative to the second. */
    enum Rank { HIGHER, SAME, LOWER }

    /** One row: first says {@code a}, second says {@code b}; the result and the principle, if any. */
    record Row(Outcome a, Rank rank, Outcome b, Outcome result, Principle firstDisplacesBy, Principle secondDisplacesBy) {
    }

    // Rules 1-5 of the legal model, by hand. result = the combined outcome of the pair.
    static final List<Row> TABLE = List.of(
            new Row(PROHIBITED, Rank.HIGHER, PERMITTED, PROHIBITED, Principle.SUPREMACY, null),                  // rule 1
            new Row(PROHIBITED, Rank.HIGHER, REQUIRED, PROHIBITED, Principle.SUPREMACY, null),                   // rule 1
            new Row(PROHIBITED, Rank.HIGHER, PROHIBITED, PROHIBITED, null, null),
            new Row(PROHIBITED, Rank.LOWER, PERMITTED, PROHIBITED, Principle.PERMISSION_IS_NOT_COMMAND, null),    // rule 2
            new Row(PROHIBITED, Rank.LOWER, REQUIRED, REQUIRED, null, Principle.VALID_HIGHER_COMMAND),              // rule 4
            new Row(PROHIBITED, Rank.LOWER, PROHIBITED, PROHIBITED, null, null),
            new Row(PROHIBITED, Rank.SAME, PERMITTED, UNSETTLED, null, null),                                   // rule 5
            new Row(PROHIBITED, Rank.SAME, REQUIRED, UNSETTLED, null, null),                                    // rule 5
            new Row(PROHIBITED, Rank.SAME, PROHIBITED, PROHIBITED, null, null),
            new Row(REQUIRED, Rank.HIGHER, PERMITTED, REQUIRED, Principle.DUTY_INCLUDES_PERMISSION, null),
            new Row(REQUIRED, Rank.HIGHER, PROHIBITED, REQUIRED, Principle.VALID_HIGHER_COMMAND, null),          // rule 4
            new Row(REQUIRED, Rank.HIGHER, REQUIRED, REQUIRED, null, null),
            new Row(REQUIRED, Rank.LOWER, PERMITTED, REQUIRED, Principle.STATE_MAY_DIRECT_ITS_OFFICERS, null),  // rule 3
            new Row(REQUIRED, Rank.LOWER, PROHIBITED, PROHIBITED, null, Principle.SUPREMACY),                    // rule 1
            new Row(REQUIRED, Rank.LOWER, REQUIRED, REQUIRED, null, null),
            new Row(REQUIRED, Rank.SAME, PERMITTED, REQUIRED, Principle.DUTY_INCLUDES_PERMISSION, null),
            new Row(REQUIRED, Rank.SAME, PROHIBITED, UNSETTLED, null, null),                                    // rule 5
            new Row(REQUIRED, Rank.SAME, REQUIRED, REQUIRED, null, null),
            new Row(PERMITTED, Rank.HIGHER, PERMITTED, PERMITTED, null, null),
            new Row(PERMITTED, Rank.HIGHER, PROHIBITED, PROHIBITED, null, Principle.PERMISSION_IS_NOT_COMMAND),  // rule 2
            new Row(PERMITTED, Rank.HIGHER, REQUIRED, REQUIRED, null, Principle.STATE_MAY_DIRECT_ITS_OFFICERS),  // rule 3
            new Row(PERMITTED, Rank.LOWER, PERMITTED, PERMITTED, null, null),
            new Row(PERMITTED, Rank.LOWER, PROHIBITED, PROHIBITED, null, Principle.SUPREMACY),                    // rule 1
            new Row(PERMITTED, Rank.LOWER, REQUIRED, REQUIRED, null, Principle.DUTY_INCLUDES_PERMISSION),
            new Row(PERMITTED, Rank.SAME, PERMITTED, PERMITTED, null, null),
            new Row(PERMITTED, Rank.SAME, PROHIBITED, UNSETTLED, null, null),                                   // rule 5
            new Row(PERMITTED, Rank.SAME, REQUIRED, REQUIRED, null, Principle.DUTY_INCLUDES_PERMISSION));

    static Rank rank(Layer a, Layer b) {
        return a == b ? Rank.SAME : a.outranks(b) ? Rank.HIGHER : Rank.LOWER;
    }

    static Row row(Outcome a, Rank r, Outcome b) {
        return TABLE.stream().filter(x -> x.a() == a && x.rank() == r && x.b() == b).findFirst().orElseThrow();
    }

    static Conclusion firm(String rule, Layer layer, Outcome o) {
        return new Conclusion(rule, layer, o, Set.of(), false, rule + " says " + o, List.of());
    }

    @Test
    void theTableCoversEveryPairOfOutcomesAndRelativeRanks() {
        assertThat(TABLE).hasSize(27);
        assertThat(TABLE.stream().map(r -> r.a() + "/" + r.rank() + "/" + r.b()).distinct()).hasSize(27);
    }

    @TestFactory
    Stream<DynamicTest> everyPairOfRankAndOutcomeCombinesAsTheLegalModelSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Layer la : Layer.values()) {
            for (Layer lb : Layer.values()) {
                for (Outcome a : EnumSet.of(REQUIRED, PERMITTED, PROHIBITED)) {
                    for (Outcome b : EnumSet.of(REQUIRED, PERMITTED, PROHIBITED)) {
                        Row row = row(a, rank(la, lb), b);
                        tests.add(DynamicTest.dynamicTest(la + " " + a + " vs " + lb + " " + b, () -> {
                            assertThat(Resolver.displaces(la, a, false, lb, b)).isEqualTo(row.firstDisplacesBy());
                            assertThat(Resolver.displaces(lb, b, false, la, a)).isEqualTo(row.secondDisplacesBy());
                            Resolver.Resolution r = Resolver.resolve(List.of(firm("x/01-first", la, a), firm("x/02-second", lb, b)));
                            assertThat(r.outcome()).isEqualTo(row.result());
                            if (row.firstDisplacesBy() != null) {
                                assertThat(r.displaced()).singleElement()
                                        .satisfies(d -> assertThat(d.principle()).isEqualTo(row.firstDisplacesBy()))
                                        .satisfies(d -> assertThat(d.winner().getRule()).isEqualTo("x/01-first"));
                            } else if (row.secondDisplacesBy() != null) {
                                assertThat(r.displaced()).singleElement()
                                        .satisfies(d -> assertThat(d.principle()).isEqualTo(row.secondDisplacesBy()))
                                        .satisfies(d -> assertThat(d.winner().getRule()).isEqualTo("x/02-second"));
                            } else {
                                assertThat(r.displaced()).isEmpty();
                            }
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aContestedConclusionNeverDisplacesAndItsClashIsUnsettled() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Layer la : Layer.values()) {
            for (Layer lb : Layer.values()) {
                for (Outcome a : EnumSet.of(REQUIRED, PROHIBITED)) {
                    for (Outcome b : EnumSet.of(REQUIRED, PERMITTED, PROHIBITED)) {
                        if (a == b) {
                            continue;
                        }
                        tests.add(DynamicTest.dynamicTest("contested " + la + " " + a + " vs " + lb + " " + b, () -> {
                            assertThat(Resolver.displaces(la, a, true, lb, b)).isNull();
                            Conclusion contested = new Conclusion("x/01-contested", la, a, Set.of(), true, "contested", List.of());
                            Resolver.Resolution r = Resolver.resolve(List.of(contested, firm("x/02-firm", lb, b)));
                            Principle firmWins = Resolver.displaces(lb, b, false, la, a);
                            assertThat(r.outcome()).isEqualTo(firmWins != null ? b : UNSETTLED);
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aContestedConclusionAloneIsUnsettled() {
        Conclusion c = new Conclusion("x/01-contested", Layer.FEDERAL_STATUTE, REQUIRED, Set.of(), true, "1373", List.of());
        assertThat(Resolver.resolve(List.of(c)).outcome()).isEqualTo(UNSETTLED);
    }

    @Test
    void noConclusionsGiveNoOutcome() {
        assertThat(Resolver.resolve(List.of()).outcome()).isNull();
    }

    @Test
    void anUnknownFactThatCannotChangeTheOutcomeIsNotDecisive() {
        Conclusion open = new Conclusion("x/01-open", Layer.CONSTITUTION, CONDITIONAL, EnumSet.of(PERMITTED, PROHIBITED), false,
                "turns on probable cause", List.of("detainer.probableCauseShown"));
        Resolver.Resolution r = Resolver.resolve(List.of(open, firm("x/02-state", Layer.STATE_LAW, PROHIBITED)));
        assertThat(r.outcome()).isEqualTo(PROHIBITED);
        assertThat(r.pivotal()).isEmpty();
        assertThat(r.displaced()).anySatisfy(d -> {
            assertThat(d.loser().getRule()).isEqualTo("x/01-open");
            assertThat(d.principle()).isEqualTo(Principle.NOT_DECISIVE);
        });
    }

    @Test
    void anUnknownFactThatChangesTheOutcomeMakesItConditional() {
        Conclusion open = new Conclusion("x/01-open", Layer.CONSTITUTION, CONDITIONAL, EnumSet.of(PERMITTED, PROHIBITED), false,
                "turns on authority", List.of("federalAction.withinFederalAuthority"));
        Resolver.Resolution r = Resolver.resolve(List.of(open));
        assertThat(r.outcome()).isEqualTo(CONDITIONAL);
        assertThat(r.pivotal()).containsExactly(open);
    }

    @Test
    void contestedLawThatChangesTheOutcomeMakesItUnsettled() {
        Conclusion open = new Conclusion("x/01-open", Layer.CONSTITUTION, UNSETTLED, EnumSet.of(PERMITTED, PROHIBITED), false,
                "pending", List.of());
        assertThat(Resolver.resolve(List.of(open, firm("x/02-f", Layer.FEDERAL_STATUTE, PERMITTED))).outcome()).isEqualTo(UNSETTLED);
    }

    @Test
    void anUnknownLawThatMayNotExistIsSilentRatherThanPermissive() {
        // a possible state limit must not clash with a state prohibition that exists
        Conclusion maybe = new Conclusion("x/01-maybe-limit", Layer.STATE_LAW, CONDITIONAL, EnumSet.of(PROHIBITED), false, true,
                "if a limit exists", List.of("stateLaw.limitsAssistance"));
        Resolver.Resolution r = Resolver.resolve(List.of(maybe, firm("x/02-fed", Layer.FEDERAL_STATUTE, PERMITTED)));
        assertThat(r.outcome()).isEqualTo(CONDITIONAL);
        Resolver.Resolution settled = Resolver.resolve(List.of(maybe, firm("x/02-fed", Layer.FEDERAL_STATUTE, PERMITTED),
                firm("x/03-courthouse", Layer.STATE_LAW, PROHIBITED)));
        assertThat(settled.outcome()).isEqualTo(PROHIBITED);
    }

    @Test
    void aHigherProhibitionSettlesEverythingBelowIt() {
        Conclusion open = new Conclusion("x/01-open", Layer.STATE_LAW, CONDITIONAL, EnumSet.of(REQUIRED, PERMITTED), false,
                "mandate?", List.of("stateLaw.mandatesDetainers"));
        Resolver.Resolution r = Resolver.resolve(List.of(open, firm("x/02-fourth", Layer.CONSTITUTION, PROHIBITED)));
        assertThat(r.outcome()).isEqualTo(PROHIBITED);
    }
}
