package io.lexfed.internal.resolution;

import static io.lexfed.determination.Outcome.CONDITIONAL;
import static io.lexfed.determination.Outcome.PERMITTED;
import static io.lexfed.determination.Outcome.PROHIBITED;
import static io.lexfed.determination.Outcome.UNSETTLED;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.predicates.Context;
import io.lexfed.internal.predicates.Holds;
import io.lexfed.internal.predicates.Predicates;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exploration of what the facts and the law leave open, on hand-made conclusions over two real
 * predicates: one that turns on a single enumerated fact (information.kind) and one that is a
 * contested question alone (1373-after-murphy). The rules are not run: each conclusion's condition
 * is written here, so every world the search reaches, and every outcome, is known in advance.
 */
class WorldsTest {
    private static final int STATUS = Predicates.byId("information-within-1373").orElseThrow().index();
    private static final int BINDS = Predicates.byId("1373-validly-binds-states-and-localities").orElseThrow().index();
    private static final int KIND = Catalogue.fact("information.kind").orElseThrow().index();
    private static final int QUESTION = Predicates.contested().stream().filter(e -> e.id().equals("1373-after-murphy")).findFirst()
            .orElseThrow().index();
    private static final int DOMAIN = Predicates.domain(KIND).length;

    private int[] codes;
    private Context context;

    @BeforeEach
    void openContext() {
        codes = new int[Catalogue.size()];
        Arrays.fill(codes, Fact.UNKNOWN);
        int questions = Predicates.contested().size();
        context = Predicates.context(codes, Actor.LOCAL_OFFICIAL, Action.SHARE_INFORMATION, new BitSet(), new byte[questions], new long[questions]);
    }

    private static int is(int predicate) {
        return 2 * predicate;
    }

    private static int isNot(int predicate) {
        return 2 * predicate + 1;
    }

    private static Conclusion when(String rule, Layer layer, Outcome outcome, int... condition) {
        Conclusion c = new Conclusion(rule, layer, outcome, Set.of(), rule + " says " + outcome);
        c.setLiterals(condition, condition, condition);
        return c;
    }

    private static int code(String kind) {
        return Catalogue.fact(KIND).code(kind);
    }

    // the constitution prohibits sharing status; state law permits sharing anything else
    private static final List<Conclusion> ON_THE_FACT = List.of(
            when("x/01-status", Layer.CONSTITUTION, PROHIBITED, is(STATUS)),
            when("x/02-other", Layer.STATE_LAW, PERMITTED, isNot(STATUS)));

    // the same, turning on the contested question instead of the fact
    private static final List<Conclusion> ON_THE_QUESTION = List.of(
            when("x/01-binds", Layer.CONSTITUTION, PROHIBITED, is(BINDS)),
            when("x/02-does-not", Layer.STATE_LAW, PERMITTED, isNot(BINDS)));

    @Test
    void anUnknownFactThatChangesTheOutcomeIsAPivotAndEveryValueIsAWorld() {
        Worlds.Result r = Worlds.explore(ON_THE_FACT, context);
        assertThat(r.outcome()).isEqualTo(CONDITIONAL);
        assertThat(r.complete()).isTrue();
        assertThat(r.pivots()).containsExactly(new Worlds.Pivot(KIND, -1));
        // every value of the fact is tried, even after the outcome is known to turn on it
        assertThat(r.worlds()).hasSize(DOMAIN);
        assertThat(r.worlds()).filteredOn(w -> w.outcome() == PROHIBITED).singleElement()
                .satisfies(w -> assertThat(w.holding()).extracting(Conclusion::getRule).containsExactly("x/01-status"));
        assertThat(r.worlds()).filteredOn(w -> w.outcome() == PERMITTED).hasSize(DOMAIN - 1);
        // the fact is given back unknown
        assertThat(codes[KIND]).isEqualTo(Fact.UNKNOWN);
        assertThat(Worlds.outcome(ON_THE_FACT, context)).isEqualTo(CONDITIONAL);
    }

    @Test
    void anUnknownFactThatChangesNothingLeavesTheOutcomeSettled() {
        List<Conclusion> either = List.of(when("x/01-status", Layer.STATE_LAW, PERMITTED, is(STATUS)),
                when("x/02-other", Layer.STATE_LAW, PERMITTED, isNot(STATUS)));
        Worlds.Result r = Worlds.explore(either, context);
        assertThat(r.outcome()).isEqualTo(PERMITTED);
        assertThat(r.pivots()).isEmpty();
        assertThat(r.worlds()).hasSize(DOMAIN);
        assertThat(Worlds.outcome(either, context)).isEqualTo(PERMITTED);
    }

    @Test
    void aKnownFactIsNotExplored() {
        context.set(KIND, code("IMMIGRATION_STATUS"));
        Worlds.Result r = Worlds.explore(ON_THE_FACT, context);
        assertThat(r.outcome()).isEqualTo(PROHIBITED);
        assertThat(r.worlds()).singleElement().satisfies(w -> assertThat(w.resolution().carrying()).extracting(Conclusion::getRule)
                .containsExactly("x/01-status"));
    }

    @Test
    void anOpenQuestionThatChangesTheOutcomeLeavesItUnsettledWithTheQuestionAsPivot() {
        Worlds.Result r = Worlds.explore(ON_THE_QUESTION, context);
        assertThat(r.outcome()).isEqualTo(UNSETTLED);
        assertThat(r.pivots()).containsExactly(new Worlds.Pivot(-1, QUESTION));
        // answered YES first, then NO
        assertThat(r.worlds()).extracting(Worlds.World::outcome).containsExactly(PROHIBITED, PERMITTED);
        assertThat(context.value(BINDS).holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(Worlds.outcome(ON_THE_QUESTION, context)).isEqualTo(UNSETTLED);
    }

    @Test
    void aQuestionIsAnsweredAfreshUnderEveryValueOfAFact() {
        // the fact is split first; under each of its values the question is answered both ways again
        List<Conclusion> both = List.of(ON_THE_QUESTION.get(0), ON_THE_QUESTION.get(1),
                when("x/03-local", Layer.LOCAL_LAW, PERMITTED, is(STATUS)));
        Worlds.Result r = Worlds.explore(both, context);
        assertThat(r.worlds()).hasSize(2 * DOMAIN);
        assertThat(r.worlds()).extracting(Worlds.World::outcome).containsOnly(PROHIBITED, PERMITTED);
        assertThat(r.outcome()).isEqualTo(UNSETTLED);
        assertThat(r.pivots()).containsExactly(new Worlds.Pivot(-1, QUESTION));
        assertThat(Worlds.outcome(both, context)).isEqualTo(UNSETTLED);
    }

    @Test
    void theMemoTellsStatesApartByTheFactsReadAndTheAnswersAssumed() {
        Worlds.Memo memo = new Worlds.Memo(ON_THE_FACT);
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(CONDITIONAL);
        context.set(KIND, code("IMMIGRATION_STATUS"));
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(PROHIBITED);
        context.set(KIND, code("RELEASE_DATE"));
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(PERMITTED);
        context.set(KIND, Fact.UNKNOWN);
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(CONDITIONAL);

        Worlds.Memo byQuestion = new Worlds.Memo(ON_THE_QUESTION);
        assertThat(Worlds.outcome(ON_THE_QUESTION, context, byQuestion)).isEqualTo(UNSETTLED);
        context.assume(QUESTION, true);
        assertThat(Worlds.outcome(ON_THE_QUESTION, context, byQuestion)).isEqualTo(PROHIBITED);
        context.assume(QUESTION, false);
        assertThat(Worlds.outcome(ON_THE_QUESTION, context, byQuestion)).isEqualTo(PERMITTED);
    }

    @Test
    void theMemoComparesStatesNotJustTheirHashes() {
        // Key hashes as 31 * hash(codes) + hash(assumptions): information.kind one code higher, and the same
        // code with the second-to-last question assumed YES (31 more), hash alike; the memo must still tell them apart
        int status = code("IMMIGRATION_STATUS");
        Worlds.Memo memo = new Worlds.Memo(ON_THE_FACT);
        context.set(KIND, status + 1);
        Outcome above = Worlds.outcome(ON_THE_FACT, context);
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(above).isNotEqualTo(PROHIBITED);
        context.set(KIND, status);
        context.assume(Predicates.contested().size() - 2, true);
        assertThat(Worlds.outcome(ON_THE_FACT, context, memo)).isEqualTo(PROHIBITED);
    }

    @Test
    void aConditionIsPossibleIfSomeValueOfTheFactsItWaitsOnMeetsIt() {
        assertThat(Worlds.possible(new int[] {is(STATUS)}, context)).isTrue();
        assertThat(Worlds.possible(new int[] {isNot(STATUS)}, context)).isTrue();
        // no value of the fact makes the predicate both hold and not hold
        assertThat(Worlds.possible(new int[] {is(STATUS), isNot(STATUS)}, context)).isFalse();
        assertThat(codes[KIND]).isEqualTo(Fact.UNKNOWN);
        context.set(KIND, code("RELEASE_DATE"));
        assertThat(Worlds.possible(new int[] {is(STATUS)}, context)).isFalse();
        assertThat(Worlds.possible(new int[] {isNot(STATUS)}, context)).isTrue();
    }

    @Test
    void aConditionIsPossibleIfSomeAnswerToTheQuestionsItTurnsOnMeetsIt() {
        assertThat(Worlds.possible(new int[] {is(BINDS)}, context)).isTrue();
        assertThat(Worlds.possible(new int[] {isNot(BINDS)}, context)).isTrue();
        assertThat(Worlds.possible(new int[] {is(BINDS), isNot(BINDS)}, context)).isFalse();
        assertThat(Worlds.possible(new int[] {isNot(BINDS), is(STATUS)}, context)).isTrue();
        assertThat(Worlds.possible(new int[] {is(STATUS), is(BINDS), isNot(STATUS)}, context)).isFalse();
        // under each value of the fact that leaves the rest open, the question is tried afresh, and fails each time
        assertThat(Worlds.possible(new int[] {isNot(STATUS), is(BINDS), isNot(BINDS)}, context)).isFalse();
        // the answers assumed along the way are taken back
        assertThat(context.value(BINDS).holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(context.assumptions()[QUESTION]).isZero();
        context.assume(QUESTION, false);
        assertThat(Worlds.possible(new int[] {is(BINDS)}, context)).isFalse();
    }

    @Test
    void theFirstContestedQuestionIsExploredLikeAnyOther() {
        // an I-205 warrant, a home entered without consent or exigency, ICE's 2025 memo in force and invoked:
        // whether the entry had a lawful basis is contested question 0 (home-entry-on-an-i-205-warrant) alone
        int lawful = Predicates.byId("a-lawful-basis-for-the-seizure-or-entry").orElseThrow().index();
        int questions = Predicates.contested().size();
        BitSet inForce = new BitSet();
        inForce.set(Predicates.askedInForce().indexOf("ice-i205-home-entry-memo-2025"));
        Context c = Predicates.context(codes, Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST, inForce, new byte[questions], new long[questions]);
        set(c, "federalAction.kind", "CIVIL_ARREST");
        set(c, "federalAction.place", "PRIVATE_HOME");
        set(c, "federalAction.warrant", "ADMINISTRATIVE");
        set(c, "federalAction.consentToEntry", "NO");
        set(c, "federalAction.exigency", "NO");
        set(c, "federalAction.homeEntryMemoInvoked", "YES");
        assertThat(c.value(lawful).holds()).isEqualTo(Holds.UNSETTLED);
        assertThat(c.value(lawful).contestedMask()).isEqualTo(1L);
        List<Conclusion> conclusions = List.of(when("x/01-lawful", Layer.CONSTITUTION, PERMITTED, is(lawful)),
                when("x/02-unlawful", Layer.CONSTITUTION, PROHIBITED, isNot(lawful)));
        Worlds.Result r = Worlds.explore(conclusions, c);
        assertThat(r.outcome()).isEqualTo(UNSETTLED);
        assertThat(r.pivots()).containsExactly(new Worlds.Pivot(-1, 0));
        assertThat(r.worlds()).extracting(Worlds.World::outcome).containsExactly(PERMITTED, PROHIBITED);
        assertThat(Worlds.possible(new int[] {is(lawful)}, c)).isTrue();
        assertThat(Worlds.possible(new int[] {is(lawful), isNot(lawful)}, c)).isFalse();
    }

    private static void set(Context c, String path, String value) {
        io.lexfed.internal.catalogue.Fact f = Catalogue.fact(path).orElseThrow();
        c.set(f.index(), f.code(value));
    }

    @Test
    void beyondTheBoundOnWorldsTheOutcomeIsConditionalAndSaidToBeIncomplete() {
        // predicates that each turn on one fact of their own, unknown here: the search must try every
        // combination (some 300,000), far more than Worlds.MAX_NODES, though every world gives PERMITTED
        String[] ids = {"a-state-crime-is-alleged", "ice-requested-the-help", "the-conduct-impedes-the-agents", "the-actor-conceals-the-person",
            "the-actor-shelters-the-person", "independent-reasonable-suspicion", "a-state-cooperation-mandate-covers-the-decision",
            "the-state-penalizes-officials", "information-within-1373", "a-seizure-or-entry", "at-a-courthouse",
            "the-state-immigration-crime-is-enjoined"};
        List<Conclusion> eitherWay = new java.util.ArrayList<>();
        for (String id : ids) {
            int p = Predicates.byId(id).orElseThrow().index();
            eitherWay.add(when("x/" + id + "-yes", Layer.STATE_LAW, PERMITTED, is(p)));
            eitherWay.add(when("x/" + id + "-no", Layer.STATE_LAW, PERMITTED, isNot(p)));
        }
        // a few of them: explored to the end, and settled
        Worlds.Result few = Worlds.explore(eitherWay.subList(0, 6), context);
        assertThat(few.complete()).isTrue();
        assertThat(few.outcome()).isEqualTo(PERMITTED);
        assertThat(few.worlds()).hasSize(8);
        Worlds.Result all = Worlds.explore(eitherWay, context);
        assertThat(all.complete()).isFalse();
        assertThat(all.outcome()).isEqualTo(CONDITIONAL);
        assertThat(all.worlds()).hasSizeGreaterThan(Worlds.MAX_NODES / 2).hasSizeLessThan(4 * Worlds.MAX_NODES);
        assertThat(Arrays.stream(codes).allMatch(x -> x == Fact.UNKNOWN)).isTrue();
    }
}
