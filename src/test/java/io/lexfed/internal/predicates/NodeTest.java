package io.lexfed.internal.predicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The elements a predicate is built from, each on its own: what a leaf reads, how a presumption
 * stands in for an unknown fact and names itself, how an exception defeats its base and is named.
 * The generated {@code PredicateData} builds its trees from these factories once per process, so
 * the rule scenarios exercise them only through whole predicates; here each is held to its
 * contract directly. Fact indices are positions in a scratch array: a leaf reads only its own.
 */
class NodeTest {
    private static final int F = 5;
    private static final int G = 6;
    private static final int Q = 0;

    private int[] codes;
    private byte[] rulings;
    private long[] decidedBy;
    private Context c;

    @BeforeEach
    void openContext() {
        codes = new int[Catalogue.size()];
        Arrays.fill(codes, Fact.UNKNOWN);
        rulings = new byte[Predicates.contested().size()];
        decidedBy = new long[rulings.length];
        BitSet inForce = new BitSet();
        inForce.set(2);
        c = Predicates.context(codes, Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST, inForce, rulings, decidedBy);
    }

    @Test
    void aTruthIsYesForItsFirstCodeNoForTheOtherAndUnknownWaitingOnItsFactOtherwise() {
        Node n = Node.truth(F);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(F));
        codes[F] = 0;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        codes[F] = 1;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
    }

    @Test
    void anEnumeratedFactIsYesForTheCodesListedOnly() {
        Node n = Node.is(F, 1, 3);
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(F));
        codes[F] = 3;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        codes[F] = 2;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
    }

    @Test
    void atMostIncludesItsBound() {
        Node n = Node.atMost(F, 48);
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(F));
        codes[F] = 48;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        codes[F] = 49;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
    }

    @Test
    void theQuestionsActorActionAndTheLawInForceAreAlwaysKnown() {
        assertThat(Node.actor(Actor.STATE_POLICE, Actor.LOCAL_POLICE).eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(Node.actor(Actor.SHERIFF_OR_JAIL).eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(Node.action(Action.DECLINE_TO_ASSIST).eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(Node.action(Action.HONOR_DETAINER, Action.DECLINE_DETAINER).eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(Node.inForce(2).eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(Node.inForce(3).eval(c).holds()).isEqualTo(Holds.NO);
    }

    @Test
    void aContestedQuestionIsUnsettledUntilAssumedOrDecidedByTheCourtsThere() {
        Node n = Node.contested(Q);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(n.eval(c).contested()).isEqualTo(Bits.of(Q));
        c.assume(Q, true);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(n.eval(c).contested()).isEqualTo(Bits.of(Q));
        c.assume(Q, false);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        c.assume(Q, null);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNSETTLED);
        // a binding decision answers it whatever is assumed: the value names the question as decided, not as
        // contested, and the context names the decisions
        rulings[Q] = Predicates.HOLDS_NO;
        decidedBy[Q] = 1L << 4;
        c.assume(Q, true);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(n.eval(c).decided()).isEqualTo(Bits.of(Q));
        assertThat(n.eval(c).contested()).isEqualTo(new BitSet());
        assertThat(c.decidedBy(Q)).isEqualTo(1L << 4);
    }

    @Test
    void aRulingIsYesOnlyWhereTheCourtsAnswerTheQuestionThatWay() {
        assertThat(Node.ruling(Q, true).eval(c).holds()).isEqualTo(Holds.NO);
        rulings[Q] = Predicates.HOLDS_YES;
        decidedBy[Q] = 1L << 2;
        assertThat(Node.ruling(Q, true).eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(Node.ruling(Q, true).eval(c).decided()).isEqualTo(Bits.of(Q));
        assertThat(Node.ruling(Q, false).eval(c).holds()).isEqualTo(Holds.NO);
    }

    @Test
    void aReferenceIsTheOtherPredicatesValueAsTheContextHoldsIt() {
        Definition d = Predicates.byId("information-within-1373").orElseThrow();
        int kind = Catalogue.fact("information.kind").orElseThrow().index();
        assertThat(Node.ref(d.index()).eval(c).waiting()).isEqualTo(Bits.of(kind));
        c.set(kind, Catalogue.fact(kind).code("IMMIGRATION_STATUS"));
        assertThat(Node.ref(d.index()).eval(c)).isSameAs(c.value(d.index()));
        assertThat(Node.ref(d.index()).eval(c).holds()).isEqualTo(Holds.YES);
    }

    @Test
    void combinationsAndNegation() {
        codes[F] = 0;
        assertThat(Node.all(Node.truth(F), Node.truth(G)).eval(c).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(Node.any(Node.truth(F), Node.truth(G)).eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(Node.not(Node.truth(F)).eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(Node.not(Node.truth(G)).eval(c).waiting()).isEqualTo(Bits.of(G));
    }

    @Test
    void aPresumptionStandsInOnlyForAnUnknownInnerAndOnlyWhenItsConditionHolds() {
        Node n = Node.presume(3, Node.truth(G), Node.truth(F), true);
        // the condition is unknown too: the value waits on both facts
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(F, G));
        codes[G] = 0;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(n.eval(c).presumed()).isEqualTo(Bits.of(3));
        // rebutted, it gives the opposite, still naming the presumption so the answer without it can be shown
        c.rebut(3);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(n.eval(c).presumed()).isEqualTo(Bits.of(3));
        c.rebut(-1);
        codes[G] = 1;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(F));
        assertThat(n.eval(c).presumed()).isEqualTo(new BitSet());
        // a known inner is the value, whatever the condition
        codes[G] = 0;
        codes[F] = 1;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(n.eval(c).presumed()).isEqualTo(new BitSet());
        // no condition: it always stands in, as NO here
        codes[F] = Fact.UNKNOWN;
        Node unconditional = Node.presume(1, null, Node.truth(F), false);
        assertThat(unconditional.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(unconditional.eval(c).presumed()).isEqualTo(Bits.of(1));
    }

    @Test
    void aPresumptionUnderAnUnsettledConditionLeavesTheInnerValue() {
        Node n = Node.presume(3, Node.contested(Q), Node.truth(F), true);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(n.eval(c).presumed()).isEqualTo(new BitSet());
    }

    @Test
    void aChallengedPresumptionIsForTheCourtsUnlessRebutted() {
        Node n = Node.presumeContested(2, Node.truth(G), Node.truth(F), Q, false);
        codes[G] = 0;
        Value v = n.eval(c);
        assertThat(v.holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(v.contested()).isEqualTo(Bits.of(Q));
        assertThat(v.presumed()).isEqualTo(Bits.of(2));
        c.rebut(2);
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(n.eval(c).contested()).isEqualTo(new BitSet());
        assertThat(n.eval(c).presumed()).isEqualTo(Bits.of(2));
    }

    @Test
    void anExceptionDefeatsItsBaseAndIsNamedOnlyWhereItApplies() {
        Node n = Node.except(Node.truth(F), new int[] {4, 7}, new Node[] {Node.truth(G), Node.truth(G + 1)});
        codes[F] = 0;
        codes[G] = 0;
        codes[G + 1] = 1;
        Value v = n.eval(c);
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.excepted()).isEqualTo(Bits.of(4));
        codes[G + 1] = 0;
        assertThat(n.eval(c).excepted()).isEqualTo(Bits.of(4, 7));
        codes[G] = 1;
        codes[G + 1] = 1;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.YES);
        assertThat(n.eval(c).excepted()).isEqualTo(new BitSet());
        // a base that fails needs no exception: none is named
        codes[F] = 1;
        codes[G] = 0;
        assertThat(n.eval(c).holds()).isEqualTo(Holds.NO);
        assertThat(n.eval(c).excepted()).isEqualTo(new BitSet());
        // an exception that may apply leaves the value waiting on its fact
        codes[F] = 0;
        codes[G] = Fact.UNKNOWN;
        assertThat(n.eval(c).waiting()).isEqualTo(Bits.of(G));
    }

    @Test
    void aVisitReachesEveryNodeBelowButNotThroughReferences() {
        Node leaf = Node.truth(F);
        Node ref = Node.ref(0);
        Node when = Node.truth(G);
        Node presumed = Node.presumeContested(1, when, leaf, Q, true);
        Node exceptWhen = Node.is(G + 1, 0);
        Node tree = Node.all(Node.not(presumed), Node.except(ref, new int[] {0}, new Node[] {exceptWhen}));
        List<Node> seen = new ArrayList<>();
        tree.visit(seen::add);
        assertThat(seen).contains(tree, leaf, ref, when, presumed, exceptWhen).hasSize(9);
        assertThat(seen.stream().filter(x -> x instanceof Node.Contested)).hasSize(1);
    }
}
