package io.lexfed.internal.predicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled predicates evaluated in a context: a user's assertion speaks only where the
 * elements leave a predicate UNKNOWN, and the context reports which assertions and presumptions its
 * values used and forgets a value when what it read changes. Real predicates of
 * {@code rules/predicates/}, chosen because each turns on a few facts.
 */
class PredicatesTest {
    // all of engaged-in-official-duties and no-more-than-necessary-and-proper; asserted by federalAction.withinFederalAuthority
    private static final Definition WITHIN = Predicates.byId("agent-within-federal-authority").orElseThrow();
    private static final Definition STATUS = Predicates.byId("information-within-1373").orElseThrow();
    // the contested question 1373-after-murphy, alone
    private static final Definition BINDS = Predicates.byId("1373-validly-binds-states-and-localities").orElseThrow();
    private static final int ASSERTED = fact("federalAction.withinFederalAuthority");
    private static final int ON_DUTY = fact("federalAction.connectedToFederalDuty");
    private static final int KIND = fact("information.kind");
    private static final int YES = 0;
    private static final int NO = 1;

    private int[] codes;
    private Context c;

    private static int fact(String path) {
        return Catalogue.fact(path).orElseThrow().index();
    }

    @BeforeEach
    void openContext() {
        codes = new int[Catalogue.size()];
        Arrays.fill(codes, Fact.UNKNOWN);
        int questions = Predicates.contested().size();
        c = Predicates.context(codes, Actor.LOCAL_POLICE, Action.ARREST_FEDERAL_AGENT, new BitSet(), new byte[questions], new long[questions]);
    }

    private int question(String id) {
        return Predicates.contested().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().index();
    }

    @Test
    void anAssertionSuppliesAPredicateItsElementsLeaveUnknown() {
        assertThat(c.value(WITHIN.index()).holds()).isEqualTo(Holds.UNKNOWN);
        c.set(ASSERTED, YES);
        Value v = c.value(WITHIN.index());
        assertThat(v.holds()).isEqualTo(Holds.YES);
        assertThat(v.asserted()).isTrue();
        assertThat(c.assertionsUsed()).isEqualTo(Bits.of(WITHIN.index()));
        c.set(ASSERTED, NO);
        assertThat(c.value(WITHIN.index()).holds()).isEqualTo(Holds.NO);
        assertThat(c.value(WITHIN.index()).asserted()).isTrue();
    }

    @Test
    void anAssertionGivesWayToElementsThatDecide() {
        c.set(ASSERTED, YES);
        // no connection to a federal duty: the first element fails, whatever the user asserts
        c.set(ON_DUTY, NO);
        Value v = c.value(WITHIN.index());
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.asserted()).isFalse();
        assertThat(c.assertionsUsed()).isEqualTo(new BitSet());
    }

    @Test
    void withoutAssertionsThePredicateIsWhatItsElementsMakeIt() {
        c.set(ASSERTED, YES);
        assertThat(c.value(WITHIN.index()).asserted()).isTrue();
        c.withoutAssertions(true);
        assertThat(c.value(WITHIN.index()).holds()).isEqualTo(Holds.UNKNOWN);
        c.withoutAssertions(false);
        assertThat(c.value(WITHIN.index()).holds()).isEqualTo(Holds.YES);
    }

    @Test
    void aValueIsForgottenWhenAFactItReadsChanges() {
        assertThat(c.value(STATUS.index()).holds()).isEqualTo(Holds.UNKNOWN);
        c.set(KIND, Catalogue.fact(KIND).code("IMMIGRATION_STATUS"));
        assertThat(c.value(STATUS.index()).holds()).isEqualTo(Holds.YES);
        c.set(KIND, Catalogue.fact(KIND).code("RELEASE_DATE"));
        assertThat(c.value(STATUS.index()).holds()).isEqualTo(Holds.NO);
        c.set(KIND, Fact.UNKNOWN);
        assertThat(c.value(STATUS.index()).holds()).isEqualTo(Holds.UNKNOWN);
    }

    @Test
    void anAssumedAnswerIsHeldUntilTakenBackAndReportedAsAssumed() {
        int q = question("1373-after-murphy");
        assertThat(c.value(BINDS.index()).holds()).isEqualTo(Holds.UNSETTLED);
        c.assume(q, true);
        assertThat(c.value(BINDS.index()).holds()).isEqualTo(Holds.YES);
        assertThat(c.assumptions()[q]).isEqualTo(Context.ASSUME_YES);
        c.assume(q, false);
        assertThat(c.value(BINDS.index()).holds()).isEqualTo(Holds.NO);
        assertThat(c.assumptions()[q]).isEqualTo(Context.ASSUME_NO);
        // a copy: changing it changes nothing assumed
        c.assumptions()[q] = Context.OPEN;
        assertThat(c.value(BINDS.index()).holds()).isEqualTo(Holds.NO);
        c.assume(q, null);
        assertThat(c.value(BINDS.index()).holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(c.assumptions()[q]).isEqualTo(Context.OPEN);
    }

    @Test
    void thePresumptionsUsedAreThoseOfTheValuesComputed() {
        // federalAction.kind is an enforcement action: the agents are presumed on duty
        int kind = fact("federalAction.kind");
        c.set(kind, Catalogue.fact(kind).code("CIVIL_ARREST"));
        Definition onDuty = Predicates.byId("engaged-in-official-duties").orElseThrow();
        assertThat(c.presumptionsUsed()).isEqualTo(new BitSet());
        Value v = c.value(onDuty.index());
        assertThat(v.holds()).isEqualTo(Holds.YES);
        int presumption = Predicates.presumptions().stream().filter(e -> e.id().equals("agents-carrying-out-an-enforcement-action-are-on-duty"))
                .findFirst().orElseThrow().index();
        assertThat(v.presumed()).isEqualTo(Bits.of(presumption));
        assertThat(c.presumptionsUsed()).isEqualTo(Bits.of(presumption));
    }

    @Test
    void theFactsAPredicateReadsDirectlyAndThroughOthers() {
        assertThat(Predicates.factsReadDirectly(STATUS.index())).isEqualTo(Bits.of(KIND));
        assertThat(Predicates.factsRead(STATUS.index())).isEqualTo(Bits.of(KIND));
        // its own definition reads only the assertion; its elements read the rest
        assertThat(Predicates.factsReadDirectly(WITHIN.index())).isEqualTo(Bits.of(ASSERTED));
        assertThat(Predicates.factsRead(WITHIN.index()).get(ON_DUTY)).isTrue();
        assertThat(Predicates.factsRead(WITHIN.index()).get(ASSERTED)).isTrue();
        assertThat(Predicates.references(WITHIN.index())).containsExactly(
                Predicates.byId("engaged-in-official-duties").orElseThrow().index(),
                Predicates.byId("no-more-than-necessary-and-proper").orElseThrow().index());
    }

    @Test
    void predicatesAreFoundByIdAndTheLawInForceTheyAskAboutIsListed() {
        assertThat(Predicates.byId("information-within-1373")).get().extracting(Definition::id).isEqualTo("information-within-1373");
        assertThat(Predicates.byId("no-such-predicate")).isEmpty();
        assertThat(Predicates.askedInForce()).contains("ice-i205-home-entry-memo-2025");
    }

    @Test
    void aPredicateIsStatedForEachValueAndItsPropositionLowerCasedUnlessItOpensWithAnAcronymOrANumber() {
        Definition d = new Definition(0, "x", "d", "1", "The agents were on duty", "They were.", "They were not.", java.util.List.of(), -1, Node.truth(0));
        assertThat(d.statement(Holds.YES)).isEqualTo("They were.");
        assertThat(d.statement(Holds.NO)).isEqualTo("They were not.");
        assertThat(d.statement(Holds.UNKNOWN)).isEqualTo("Whether the agents were on duty turns on facts not given.");
        assertThat(d.statement(Holds.UNSETTLED)).isEqualTo("Whether the agents were on duty is unsettled: nothing binding decides it.");
        assertThat(withSays("ICE asked").statement(Holds.UNKNOWN)).isEqualTo("Whether ICE asked turns on facts not given.");
        assertThat(withSays("8 U.S.C. 1373 binds").statement(Holds.UNKNOWN)).isEqualTo("Whether 8 U.S.C. 1373 binds turns on facts not given.");
        assertThat(withSays("A").statement(Holds.UNKNOWN)).isEqualTo("Whether a turns on facts not given.");
    }

    private static Definition withSays(String says) {
        return new Definition(0, "x", "d", "1", says, "y", "n", java.util.List.of(), -1, Node.truth(0));
    }

    @Test
    void aContextIsRebuttingOnlyWhileAPresumptionIsSetAside() {
        assertThat(c.rebutting()).isFalse();
        c.rebut(0);
        assertThat(c.rebutting()).isTrue();
        c.rebut(-1);
        assertThat(c.rebutting()).isFalse();
    }
}
