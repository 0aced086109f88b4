package io.lexfed.internal.resolution;

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
 * The combination algebra of docs/legal-model.md §7 as a table: for every pair of layers and every
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
        return new Conclusion(rule, layer, o, Set.of(), rule + " says " + o);
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
                            assertThat(Resolver.displaces(la, a, lb, b)).isEqualTo(row.firstDisplacesBy());
                            assertThat(Resolver.displaces(lb, b, la, a)).isEqualTo(row.secondDisplacesBy());
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

    @Test
    void aQuestionLeftToTheCourtsAloneIsUnsettled() {
        Conclusion c = new Conclusion("x/01-open", Layer.FEDERAL_STATUTE, UNSETTLED, EnumSet.of(PERMITTED, PROHIBITED), "warning");
        assertThat(Resolver.resolve(List.of(c)).outcome()).isEqualTo(UNSETTLED);
    }

    @Test
    void noConclusionsGiveNoOutcome() {
        assertThat(Resolver.resolve(List.of()).outcome()).isNull();
    }

    @Test
    void aQuestionLeftToTheCourtsThatCannotChangeTheOutcomeDoesNotUnsettleIt() {
        // whichever way the courts go at the statute's layer, the Constitution's prohibition prevails
        Conclusion open = new Conclusion("x/01-open", Layer.FEDERAL_STATUTE, UNSETTLED, EnumSet.of(PERMITTED, PROHIBITED), "pending");
        Resolver.Resolution r = Resolver.resolve(List.of(open, firm("x/02-fourth", Layer.CONSTITUTION, PROHIBITED)));
        assertThat(r.outcome()).isEqualTo(PROHIBITED);
        assertThat(r.carrying()).extracting(Conclusion::getRule).contains("x/02-fourth");
    }

    @Test
    void aQuestionLeftToTheCourtsThatChangesTheOutcomeUnsettlesIt() {
        Conclusion open = new Conclusion("x/01-open", Layer.CONSTITUTION, UNSETTLED, EnumSet.of(PERMITTED, PROHIBITED), "pending");
        assertThat(Resolver.resolve(List.of(open, firm("x/02-f", Layer.FEDERAL_STATUTE, PERMITTED))).outcome()).isEqualTo(UNSETTLED);
    }

    @Test
    void aConclusionTwoOthersWouldDisplaceIsDisplacedByTheHigherRanked() {
        // both prohibitions displace the state's permission by supremacy; the one reported is the
        // Constitution's, first by layer, whatever order the rules concluded them in
        Conclusion state = firm("x/01-state", Layer.STATE_LAW, PERMITTED);
        Conclusion statute = firm("x/02-statute", Layer.FEDERAL_STATUTE, PROHIBITED);
        Conclusion constitution = firm("x/03-constitution", Layer.CONSTITUTION, PROHIBITED);
        for (List<Conclusion> order : List.of(List.of(state, statute, constitution), List.of(constitution, state, statute),
                List.of(statute, constitution, state))) {
            Resolver.Resolution r = Resolver.resolve(order);
            assertThat(r.outcome()).isEqualTo(PROHIBITED);
            assertThat(r.displaced()).singleElement().satisfies(d -> {
                assertThat(d.loser()).isSameAs(state);
                assertThat(d.winner()).isSameAs(constitution);
                assertThat(d.principle()).isEqualTo(Principle.SUPREMACY);
            });
        }
        // at one layer, the first rule by name
        Conclusion other = firm("x/00-statute", Layer.FEDERAL_STATUTE, PROHIBITED);
        assertThat(Resolver.resolve(List.of(state, statute, other)).displaced()).singleElement()
                .satisfies(d -> assertThat(d.winner()).isSameAs(other));
    }

    @Test
    void whatCarriesTheOutcomeIsListedByLayerThenRuleWhateverTheOrderConcluded() {
        Conclusion local = firm("x/01-local", Layer.LOCAL_LAW, PERMITTED);
        Conclusion statute = firm("x/02-statute", Layer.FEDERAL_STATUTE, PERMITTED);
        Conclusion state = firm("x/03-state", Layer.STATE_LAW, PERMITTED);
        assertThat(Resolver.resolve(List.of(local, state, statute)).carrying()).containsExactly(statute, state, local);
        // with a question left to the courts, it takes its place among them by its layer
        Conclusion open = new Conclusion("x/04-open", Layer.CONSTITUTION, UNSETTLED, EnumSet.of(PERMITTED, PROHIBITED), "pending");
        Resolver.Resolution r = Resolver.resolve(List.of(local, open, state));
        assertThat(r.outcome()).isEqualTo(UNSETTLED);
        assertThat(r.carrying()).containsExactly(open, state, local);
    }
}
