package io.lexfed.internal.predicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The four-valued combination and the trail a value carries (docs/legal-model.md: what a
 * determination reports as presumed, excepted, decided, asserted or waited on comes from here). The
 * children are fixed values, so each case states exactly which child's trail the combination keeps:
 * a wrong trail would name a presumption or a missing fact that did not decide the outcome.
 */
class ValueTest {
    // the trail's bit masks have two words for facts; 70 is in the second
    private static final int LOW_FACT = 3;
    private static final int HIGH_FACT = 70;
    private static final BitSet NONE = new BitSet();

    /** A child that evaluates to {@code v} whatever the context: the combination is tested alone. */
    private static Node fixed(Value v) {
        return new Node() {
            @Override
            Value eval(Context c) {
                return v;
            }
        };
    }

    private static Value all(Value... children) {
        return combine(true, children);
    }

    private static Value any(Value... children) {
        return combine(false, children);
    }

    private static Value combine(boolean all, Value... children) {
        Node[] nodes = new Node[children.length];
        for (int i = 0; i < children.length; i++) {
            nodes[i] = fixed(children[i]);
        }
        return Value.combine(all, nodes, null);
    }

    private static Value presumed(Holds h, int presumption) {
        return new Value(h, 0, 0, 0, 0, 0, 0, false).plusPresumption(presumption);
    }

    @Test
    void anUnknownValueWaitsOnItsFactInEitherWordAndOnNoOther() {
        Value low = Value.unknown(LOW_FACT);
        Value high = Value.unknown(HIGH_FACT);
        assertThat(low.waitsOn(LOW_FACT)).isTrue();
        assertThat(low.waitsOn(LOW_FACT + 1)).isFalse();
        assertThat(low.waitsOn(HIGH_FACT)).isFalse();
        assertThat(high.waitsOn(HIGH_FACT)).isTrue();
        assertThat(high.waitsOn(HIGH_FACT - 64)).isFalse();
        assertThat(high.waitsOn(LOW_FACT)).isFalse();
        assertThat(low.waiting()).isEqualTo(Bits.of(LOW_FACT));
        assertThat(high.waiting()).isEqualTo(Bits.of(HIGH_FACT));
        assertThat(low.firstWaiting()).isEqualTo(LOW_FACT);
        assertThat(high.firstWaiting()).isEqualTo(HIGH_FACT);
        assertThat(Value.YES.firstWaiting()).isEqualTo(-1);
        // 64 is the first fact of the second word, not bit 0 of the first
        assertThat(Value.unknown(64).waitsOn(64)).isTrue();
        assertThat(Value.unknown(64).waitsOn(0)).isFalse();
        assertThat(Value.unknown(0).waitsOn(64)).isFalse();
        assertThat(Value.unknown(64).firstWaiting()).isEqualTo(64);
        assertThat(Value.of(true).holds()).isEqualTo(Holds.of(true)).isEqualTo(Holds.YES);
        assertThat(Value.of(false).holds()).isEqualTo(Holds.of(false)).isEqualTo(Holds.NO);
    }

    @Test
    void waitsOnAnyLooksAtBothWordsOfTheMaskAndAcceptsAOneWordMask() {
        long[] lowMask = {1L << LOW_FACT};
        long[] highMask = {0, 1L << (HIGH_FACT - 64)};
        long[] otherMask = {1L << (LOW_FACT + 1), 1L << (HIGH_FACT - 63)};
        assertThat(Value.unknown(LOW_FACT).waitsOnAny(lowMask)).isTrue();
        assertThat(Value.unknown(LOW_FACT).waitsOnAny(highMask)).isFalse();
        assertThat(Value.unknown(HIGH_FACT).waitsOnAny(highMask)).isTrue();
        assertThat(Value.unknown(HIGH_FACT).waitsOnAny(lowMask)).isFalse();
        assertThat(Value.unknown(LOW_FACT).waitsOnAny(otherMask)).isFalse();
        assertThat(Value.unknown(HIGH_FACT).waitsOnAny(otherMask)).isFalse();
    }

    @Test
    void aKnownValueWaitsOnNothingWhateverItIsBuiltWith() {
        Value v = new Value(Holds.YES, 1L << LOW_FACT, 1L, 0, 0, 0, 0, false);
        assertThat(v.waiting()).isEqualTo(NONE);
        assertThat(v.waitsOn(LOW_FACT)).isFalse();
    }

    @Test
    void unknownOfWaitsOnWhatEitherWaitsOnAndDropsTheRestOfTheTrail() {
        Value a = Value.unknown(LOW_FACT).plusPresumption(1);
        Value b = Value.unknown(HIGH_FACT);
        Value c = Value.unknown(LOW_FACT + 1);
        assertThat(Value.unknownOf(a, b).waiting()).isEqualTo(Bits.of(LOW_FACT, HIGH_FACT));
        assertThat(Value.unknownOf(a, c).waiting()).isEqualTo(Bits.of(LOW_FACT, LOW_FACT + 1));
        assertThat(Value.unknownOf(b, Value.unknown(HIGH_FACT + 1)).waiting()).isEqualTo(Bits.of(HIGH_FACT, HIGH_FACT + 1));
        assertThat(Value.unknownOf(a, b).presumed()).isEqualTo(NONE);
        assertThat(Value.unknownOf(a, b).holds()).isEqualTo(Holds.UNKNOWN);
    }

    @Test
    void anAssertionReplacesWhatWasWaitedOnAndKeepsTheRestOfTheTrail() {
        Value v = Value.unknown(LOW_FACT).plusPresumption(2).asAsserted(Holds.NO);
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.asserted()).isTrue();
        assertThat(v.waiting()).isEqualTo(NONE);
        assertThat(v.presumed()).isEqualTo(Bits.of(2));
        assertThat(Value.YES.asserted()).isFalse();
        assertThat(Value.unknown(LOW_FACT).asserted()).isFalse();
    }

    @Test
    void negationFlipsAKnownValueWithItsTrailAndLeavesTheOthers() {
        Value yes = presumed(Holds.YES, 4);
        assertThat(yes.negated().holds()).isEqualTo(Holds.NO);
        assertThat(yes.negated().presumed()).isEqualTo(Bits.of(4));
        assertThat(Value.NO.negated()).isSameAs(Value.YES);
        Value unknown = Value.unknown(LOW_FACT);
        assertThat(unknown.negated()).isSameAs(unknown);
        Value unsettled = Value.contested(Holds.UNSETTLED, 1);
        assertThat(unsettled.negated()).isSameAs(unsettled);
    }

    @Test
    void aNoDecidesAllAndKeepsOnlyTheTrailOfTheNos() {
        // the YES owes its value to presumption 1; the NO that decides owes its to presumption 2
        Value v = all(presumed(Holds.YES, 1), presumed(Holds.NO, 2));
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.presumed()).isEqualTo(Bits.of(2));
        // the same children the other way round: a YES after the deciding NO adds nothing
        assertThat(all(presumed(Holds.NO, 2), presumed(Holds.YES, 1)).presumed()).isEqualTo(Bits.of(2));
        // two deciding NOs, each presumed: either could be what decides, so both are named
        assertThat(all(presumed(Holds.NO, 2), presumed(Holds.NO, 3)).presumed()).isEqualTo(Bits.of(2, 3));
    }

    @Test
    void aNoThatOwesNothingDecidesAloneSoThePresumptionsOfOtherNosAreNotNamed() {
        for (Value owing : new Value[] {presumed(Holds.NO, 2), Value.contested(Holds.NO, 1), Value.decided(false, 3),
                new Value(Holds.NO, 0, 0, 0, 0, 1L << 5, 0, false), new Value(Holds.NO, 0, 0, 0, 0, 0, 0, true)}) {
            Value before = all(Value.NO, owing);
            Value after = all(owing, Value.NO);
            for (Value v : new Value[] {before, after}) {
                assertThat(v.holds()).as("%s", owing).isEqualTo(Holds.NO);
                assertThat(v.presumed()).isEqualTo(NONE);
                assertThat(v.contested()).isEqualTo(NONE);
                assertThat(v.decided()).isEqualTo(NONE);
                assertThat(v.excepted()).isEqualTo(NONE);
                assertThat(v.asserted()).isFalse();
            }
        }
    }

    @Test
    void aNoThatOwesAnyOnePartOfItsTrailIsNotTakenForOneThatOwesNothing() {
        // each part alone: a deciding NO that owes only it keeps it, beside a YES and beside another NO that owes something
        Value[] owing = {Value.contested(Holds.NO, 1), presumed(Holds.NO, 2), new Value(Holds.NO, 0, 0, 0, 0, 1L << 3, 0, false),
                Value.decided(false, 4), new Value(Holds.NO, 0, 0, 0, 0, 0, 0, true)};
        for (Value v : owing) {
            for (Value r : new Value[] {all(v, Value.YES), all(Value.YES, v), all(v, presumed(Holds.NO, 6))}) {
                assertThat(r.holds()).isEqualTo(Holds.NO);
                assertThat(r.contested()).as("%s", v).isEqualTo(v.contested());
                assertThat(r.excepted()).as("%s", v).isEqualTo(v.excepted());
                assertThat(r.decided()).as("%s", v).isEqualTo(v.decided());
                assertThat(r.asserted()).as("%s", v).isEqualTo(v.asserted());
            }
            assertThat(all(v, Value.YES).presumed()).as("%s", v).isEqualTo(v.presumed());
        }
    }

    @Test
    void aNoThatOwesSomethingKeepsItsWholeTrail() {
        Value v = all(Value.YES, new Value(Holds.NO, 0, 0, 1L << 1, 1L << 2, 1L << 3, 1L << 4, true));
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.contested()).isEqualTo(Bits.of(1));
        assertThat(v.presumed()).isEqualTo(Bits.of(2));
        assertThat(v.excepted()).isEqualTo(Bits.of(3));
        assertThat(v.decided()).isEqualTo(Bits.of(4));
        assertThat(v.asserted()).isTrue();
    }

    @Test
    void failingANoAnUnknownLeavesAllUnknownWaitingOnlyOnWhatTheUnknownsWaitOn() {
        Value v = all(presumed(Holds.YES, 1), Value.contested(Holds.UNSETTLED, 2), Value.unknown(LOW_FACT), Value.unknown(HIGH_FACT));
        assertThat(v.holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(v.waiting()).isEqualTo(Bits.of(LOW_FACT, HIGH_FACT));
        assertThat(v.contested()).isEqualTo(NONE);
        assertThat(v.presumed()).isEqualTo(NONE);
        // the unknown comes first and the unsettled after it: still UNKNOWN, still without the question
        Value w = all(Value.unknown(LOW_FACT), Value.contested(Holds.UNSETTLED, 2));
        assertThat(w.holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(w.contested()).isEqualTo(NONE);
    }

    @Test
    void failingANoOrAnUnknownAnUnsettledChildLeavesAllUnsettledOnItsQuestions() {
        Value v = all(presumed(Holds.YES, 1), Value.contested(Holds.UNSETTLED, 2), Value.contested(Holds.UNSETTLED, 5));
        assertThat(v.holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(v.contested()).isEqualTo(Bits.of(2, 5));
        assertThat(v.presumed()).isEqualTo(NONE);
    }

    @Test
    void allYesKeepsEveryChildsTrailAndAPlainYesStaysPlain() {
        Value v = all(presumed(Holds.YES, 1), Value.decided(true, 6), Value.contested(Holds.YES, 2));
        assertThat(v.holds()).isEqualTo(Holds.YES);
        assertThat(v.presumed()).isEqualTo(Bits.of(1));
        assertThat(v.decided()).isEqualTo(Bits.of(6));
        assertThat(v.contested()).isEqualTo(Bits.of(2));
        Value plain = all(Value.YES, Value.YES);
        assertThat(plain.holds()).isEqualTo(Holds.YES);
        assertThat(plain.presumed()).isEqualTo(NONE);
        assertThat(all().holds()).isEqualTo(Holds.YES);
        assertThat(any().holds()).isEqualTo(Holds.NO);
    }

    @Test
    void anyIsTheDualAYesDecidesAndKeepsOnlyTheTrailOfTheYeses() {
        Value v = any(presumed(Holds.NO, 1), presumed(Holds.YES, 2));
        assertThat(v.holds()).isEqualTo(Holds.YES);
        assertThat(v.presumed()).isEqualTo(Bits.of(2));
        assertThat(any(Value.YES, presumed(Holds.YES, 2)).presumed()).isEqualTo(NONE);
        Value none = any(presumed(Holds.NO, 1), presumed(Holds.NO, 3));
        assertThat(none.holds()).isEqualTo(Holds.NO);
        assertThat(none.presumed()).isEqualTo(Bits.of(1, 3));
        assertThat(any(Value.NO, Value.unknown(LOW_FACT)).holds()).isEqualTo(Holds.UNKNOWN);
        assertThat(any(Value.NO, Value.contested(Holds.UNSETTLED, 2)).holds()).isEqualTo(Holds.UNSETTLED);
    }

    @Test
    void allButNoneIsTheBaseAndNotEachException() {
        Value except = new Value(Holds.YES, 0, 0, 0, 0, 1L << 3, 0, false);
        assertThat(Value.allButNone(Value.YES, new Value[] {Value.NO}).holds()).isEqualTo(Holds.YES);
        Value v = Value.allButNone(Value.YES, new Value[] {Value.NO, except});
        assertThat(v.holds()).isEqualTo(Holds.NO);
        assertThat(v.excepted()).isEqualTo(Bits.of(3));
        assertThat(Value.allButNone(Value.YES, new Value[] {Value.unknown(LOW_FACT)}).waiting()).isEqualTo(Bits.of(LOW_FACT));
    }

    @Test
    void theTextNamesEveryPartOfTheTrailThatIsThere() {
        assertThat(Value.YES).hasToString("YES");
        assertThat(Value.unknown(LOW_FACT)).hasToString("UNKNOWN waiting {3}");
        assertThat(Value.unknown(HIGH_FACT)).hasToString("UNKNOWN waiting {70}");
        assertThat(Value.contested(Holds.UNSETTLED, 2).plusPresumption(1)).hasToString("UNSETTLED contested {2} presumed {1}");
        assertThat(Value.unknown(LOW_FACT).asAsserted(Holds.YES)).hasToString("YES asserted");
    }

    @Test
    void onlyAValueTheFactsAloneDecidedIsPlainAndTheMasksShowItsTrail() {
        // a plain value's finding is shared across determinations, so anything else shaping it must show
        assertThat(Value.YES.plain()).isTrue();
        assertThat(Value.NO.plain()).isTrue();
        assertThat(Value.YES.plusPresumption(1).plain()).isFalse();
        assertThat(Value.YES.plusPresumption(1).restsOnPresumption()).isTrue();
        assertThat(Value.YES.restsOnPresumption()).isFalse();
        assertThat(Value.contested(Holds.UNSETTLED, 2).plain()).isFalse();
        assertThat(Value.YES.asAsserted(Holds.YES).plain()).isFalse();
        assertThat(Value.decided(true, 3).plain()).isFalse();
        assertThat(Value.unknown(LOW_FACT).plain()).isFalse();
        assertThat(Value.unknown(LOW_FACT).waitingMask(0)).isEqualTo(1L << LOW_FACT);
        assertThat(Value.unknown(LOW_FACT).waitingMask(1)).isZero();
        assertThat(Value.unknown(HIGH_FACT).waitingMask(1)).isEqualTo(1L << (HIGH_FACT - 64));
        assertThat(Value.unknown(HIGH_FACT).waitingMask(0)).isZero();
    }
}
