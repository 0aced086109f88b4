package io.lexfed.baseline;

import static io.lexfed.determination.Outcome.CONDITIONAL;
import static io.lexfed.determination.Outcome.PERMITTED;
import static io.lexfed.determination.Outcome.PROHIBITED;
import static io.lexfed.determination.Outcome.REQUIRED;
import static io.lexfed.determination.Outcome.UNSETTLED;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.resolution.Resolver;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The limit LexFed measures itself against: three doctrines — Supremacy Clause immunity (arresting
 * a federal agent), detainers, and 287(g) scope (civil immigration arrests) — written by hand in
 * plain Java over the catalogue's fact codes, with the same knowledge base and the same conflict
 * resolution, but no rule engine, and returning only the outcome (no reasons or citations). Like the
 * engine, it reads an unknown fact as unknown: where a conclusion turns on one, it tries each value
 * (three-valued tests, split only when they cannot decide). {@code BaselineEquivalenceTest} keeps it
 * giving LexFed's outcomes on the suite's scenarios of those three actions.
 */
public final class HandWrittenEvaluator {
    /** The actions the baseline covers. */
    public static final Set<Action> ACTIONS = EnumSet.of(Action.ARREST_FEDERAL_AGENT, Action.HONOR_DETAINER, Action.CIVIL_IMMIGRATION_ARREST);

    // three-valued truth: 1 yes, 0 no, -1 unknown
    private static final int Y = 1;
    private static final int N = 0;
    private static final int U = -1;
    // the I-205 home-entry memo's date (ice-i205-home-entry-memo-2025)
    private static final LocalDate MEMO = LocalDate.of(2025, 5, 12);

    private static final int KIND = idx("federalAction.kind");
    private static final int WARRANT = idx("federalAction.warrant");
    private static final int PLACE = idx("federalAction.place");
    private static final int CONSENT = idx("federalAction.consentToEntry");
    private static final int EXIGENCY = idx("federalAction.exigency");
    private static final int REASON = idx("federalAction.reasonToBelieve");
    private static final int ESCAPE = idx("federalAction.likelyToEscape");
    private static final int FORCE = idx("federalAction.forceUsed");
    private static final int FORCE_OK = idx("federalAction.forceObjectivelyReasonable");
    private static final int DUTY = idx("federalAction.connectedToFederalDuty");
    private static final int BELIEVED = idx("federalAction.agentBelievedConductNecessary");
    private static final int BELIEF_OK = idx("federalAction.beliefObjectivelyReasonable");
    private static final int MEMO_INVOKED = idx("federalAction.homeEntryMemoInvoked");
    private static final int CRIME = idx("federalAction.stateCrimeAlleged");
    private static final int ASKED = idx("federalAction.iceRequestedAssistance");
    private static final int WITHIN = idx("federalAction.withinFederalAuthority");
    private static final int D_FORM = idx("detainer.form");
    private static final int D_WARRANT = idx("detainer.warrant");
    private static final int D_CAUSE = idx("detainer.probableCauseShown");
    private static final int D_HOURS = idx("detainer.hoursPastRelease");
    private static final int MODEL = idx("agreement287g.model");
    private static final int TRAINED = idx("agreement287g.officerTrained");
    private static final int SUPERVISED = idx("agreement287g.iceSupervision");
    private static final int WITHIN_AGREEMENT = idx("agreement287g.functionWithinAgreement");
    private static final int S_LIMITS_DETAINERS = idx("stateLaw.limitsDetainers");
    private static final int S_LIMITS_ASSISTANCE = idx("stateLaw.limitsAssistance");
    private static final int S_LIMITS_COURTHOUSE = idx("stateLaw.limitsCourthouseArrests");
    private static final int S_MANDATES_DETAINERS = idx("stateLaw.mandatesDetainers");
    private static final int S_AUTHORIZES = idx("stateLaw.authorizesCivilImmigrationArrests");
    private static final int S_BANS_POLICIES = idx("stateLaw.bansSanctuaryPolicies");
    private static final int S_JUDICIAL_WARRANT = idx("stateLaw.limitsExceptJudicialWarrant");
    private static final int L_JUDICIAL_WARRANT = idx("localPolicy.limitsExceptJudicialWarrant");
    private static final int S_FORBIDS_LIMITS = idx("stateLaw.forbidsLimitsOnCooperation");
    private static final int L_LIMITS_DETAINERS = idx("localPolicy.limitsDetainers");
    private static final int L_LIMITS_ASSISTANCE = idx("localPolicy.limitsAssistance");
    private static final int L_LIMITS_COURTHOUSE = idx("localPolicy.limitsCourthouseArrests");

    // codes of enumerated values, by the catalogue's order
    private static final int CIVIL_ARREST = code(KIND, "CIVIL_ARREST");
    private static final int CRIMINAL_ARREST = code(KIND, "CRIMINAL_ARREST");
    private static final int SEARCH = code(KIND, "HOME_OR_WORKPLACE_SEARCH");
    private static final int OTHER_KIND = code(KIND, "OTHER");
    private static final int NONE = code(WARRANT, "NONE");
    private static final int ADMINISTRATIVE = code(WARRANT, "ADMINISTRATIVE");
    private static final int JUDICIAL = code(WARRANT, "JUDICIAL");
    private static final int HOME = code(PLACE, "PRIVATE_HOME");
    private static final int COURTHOUSE = code(PLACE, "COURTHOUSE");
    private static final int JAIL = code(PLACE, "JAIL_OR_CUSTODY");
    private static final int I_247A = code(D_FORM, "I_247A");
    private static final int NO_AGREEMENT = code(MODEL, "NONE");
    private static final int JAIL_MODEL = code(MODEL, "JAIL_ENFORCEMENT");
    private static final int WSO_MODEL = code(MODEL, "WARRANT_SERVICE_OFFICER");

    private final KnowledgeBase knowledge;

    public HandWrittenEvaluator(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Outcome outcome(Scenario given) {
        LocalDate asOf = given.date() != null ? given.date() : LocalDate.now();
        Scenario s = knowledge.complete(given, asOf).scenario();
        if (!ACTIONS.contains(s.action())) {
            throw new IllegalArgumentException("the baseline covers only " + ACTIONS);
        }
        return solve(s, asOf, Catalogue.codes(s));
    }

    /** One world's conclusions, or the fact to try next when a conclusion still turns on one. */
    private static final class World {
        final List<Conclusion> holding = new ArrayList<>();
        // conclusions that hold or not as an open question of law is answered
        final List<Conclusion> contested = new ArrayList<>();
        final int[] v;
        int split = Integer.MAX_VALUE;

        World(int[] v) {
            this.v = v;
        }

        /** A conclusion that holds when {@code truth} does; while that is unknown, the first unknown fact it waits on is tried next. */
        void when(int truth, int[] waiting, Layer layer, Outcome o) {
            if (truth == Y) {
                holding.add(new Conclusion("baseline/" + layer + "-" + o, layer, o, Set.of(), ""));
            } else if (truth == CONTESTED) {
                contested.add(new Conclusion("baseline/" + layer + "-" + o, layer, o, Set.of(), ""));
            } else if (truth == U) {
                for (int f : waiting) {
                    if (f != NO_FACT && v[f] == U && applicable(v, f)) {
                        split = Math.min(split, f);
                    }
                }
            }
        }
    }

    // a fact none of whose values fits the facts known (the reasonableness of force never used) is not tried
    private static boolean applicable(int[] v, int f) {
        for (int x = 0; x < Math.max(1, Catalogue.fact(f).values().size()); x++) {
            v[f] = x;
            boolean fits = !Catalogue.contradictory(v);
            v[f] = U;
            if (fits) {
                return true;
            }
        }
        return false;
    }

    private Outcome solve(Scenario s, LocalDate asOf, int[] v) {
        World w = new World(v);
        switch (s.action()) {
            case ARREST_FEDERAL_AGENT -> {
                int within = authority(asOf, v);
                if (within == CONTESTED) {
                    // the memo's reading of Form I-205 is unsettled law: each answer is tried
                    Outcome yes = solveAgent(s, asOf, v, Y);
                    Outcome no = solveAgent(s, asOf, v, N);
                    return yes == no ? yes : yes == CONDITIONAL || no == CONDITIONAL ? CONDITIONAL : UNSETTLED;
                }
                arrestOfAgent(s, within, v, w);
            }
            case HONOR_DETAINER -> detainer(s, asOf, v, w);
            default -> civilArrest(s, asOf, v, w);
        }
        return resolveOrSplit(s, asOf, v, w, -2);
    }

    private Outcome solveAgent(Scenario s, LocalDate asOf, int[] v, int assumed) {
        World w = new World(v);
        arrestOfAgent(s, assumed, v, w);
        return resolveOrSplit(s, asOf, v, w, assumed);
    }

    private Outcome resolveOrSplit(Scenario s, LocalDate asOf, int[] v, World w, int assumed) {
        if (w.split == Integer.MAX_VALUE) {
            // each open question answered each way: one outcome, or UNSETTLED
            java.util.Set<Outcome> outcomes = java.util.EnumSet.noneOf(Outcome.class);
            for (int mask = 0; mask < 1 << w.contested.size(); mask++) {
                List<Conclusion> holding = new ArrayList<>(w.holding);
                for (int i = 0; i < w.contested.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        holding.add(w.contested.get(i));
                    }
                }
                Outcome o = Resolver.resolve(holding).outcome();
                outcomes.add(o == null ? UNSETTLED : o);
            }
            return outcomes.size() == 1 ? outcomes.iterator().next() : UNSETTLED;
        }
        int f = w.split;
        Fact fact = Catalogue.fact(f);
        int[] values = fact.type() == Fact.Type.COUNT ? new int[] {0, 48, 49} : java.util.stream.IntStream.range(0, fact.values().size()).toArray();
        Outcome first = null;
        boolean differ = false;
        for (int x : values) {
            v[f] = x;
            if (Catalogue.contradictory(v)) {
                continue;
            }
            Outcome o = assumed == -2 ? solve(s, asOf, v) : solveAgent(s, asOf, v, assumed);
            differ |= first != null && o != first;
            first = first == null ? o : first;
        }
        v[f] = Fact.UNKNOWN;
        return differ ? CONDITIONAL : first;
    }

    private static final int CONTESTED = 2;
    private static final int NO_FACT = -1;
    private static final int[] AUTHORITY_FACTS = {KIND, WARRANT, PLACE, CONSENT, EXIGENCY, REASON, ESCAPE, FORCE, FORCE_OK, DUTY, BELIEVED, BELIEF_OK,
        MEMO_INVOKED};
    private static final int[] CRIME_AND_AUTHORITY_FACTS = {CRIME, KIND, WARRANT, PLACE, CONSENT, EXIGENCY, REASON, ESCAPE, FORCE, FORCE_OK, DUTY, BELIEVED, BELIEF_OK,
        MEMO_INVOKED};

    private static void arrestOfAgent(Scenario s, int within, int[] v, World w) {
        w.when(within, AUTHORITY_FACTS, Layer.CONSTITUTION, PROHIBITED);
        if (!s.actor().isGovernmental()) {
            return;
        }
        w.when(and(not(within), truth(v, CRIME)), CRIME_AND_AUTHORITY_FACTS, Layer.STATE_LAW, PERMITTED);
        w.when(not(truth(v, CRIME)), new int[] {CRIME}, Layer.CONSTITUTION, PROHIBITED);
    }

    // In re Neagle: a federal duty, and no more than necessary and proper - honestly and reasonably believed
    // necessary (Tanella, Kleinert), or lawful in itself (a lawful basis, no unreasonable force) and, unless
    // shown otherwise, honestly believed necessary (Files);
    // CONTESTED is an open legal question, ranked below UNKNOWN as the four-valued logic ranks it
    private static int authority(LocalDate asOf, int[] v) {
        int kind = v[KIND];
        int duty = v[DUTY] != U ? truth(v, DUTY) : kind != U && kind != OTHER_KIND ? Y : U;
        int force = or(not(truth(v, FORCE)), truth(v, FORCE_OK));
        int basis = basis(asOf, v);
        int lawful = basis == CONTESTED ? (force == Y ? CONTESTED : force) : and(basis, force);
        int belief = and(truth(v, BELIEVED), truth(v, BELIEF_OK));
        int believed = v[BELIEVED] != U ? truth(v, BELIEVED) : lawful == Y ? Y : U;
        int necessary = or(belief, and(lawful, believed));
        int elements = necessary == CONTESTED ? (duty == Y ? CONTESTED : duty) : and(duty, necessary);
        if (elements == U && v[WITHIN] != U) {
            return truth(v, WITHIN);
        }
        return elements;
    }

    private static int basis(LocalDate asOf, int[] v) {
        int kind = v[KIND];
        int warrant = v[WARRANT];
        int seizure = kind == U ? U : kind == CIVIL_ARREST || kind == CRIMINAL_ARREST || kind == SEARCH ? Y : N;
        int home = and(is(v, PLACE, HOME), and(not(truth(v, CONSENT)), not(truth(v, EXIGENCY))));
        int judicial = is(v, WARRANT, JUDICIAL);
        int admin = is(v, WARRANT, ADMINISTRATIVE);
        int none = is(v, WARRANT, NONE);
        int warrantless = or(or(and(and(is(v, KIND, CIVIL_ARREST), none), and(truth(v, REASON), truth(v, ESCAPE))),
                and(and(is(v, KIND, CRIMINAL_ARREST), none), truth(v, REASON))),
                and(and(is(v, KIND, SEARCH), none), or(truth(v, CONSENT), truth(v, EXIGENCY))));
        int lawful = or(or(not(seizure), judicial), and(not(home), or(admin, warrantless)));
        if (lawful == Y) {
            return Y;
        }
        boolean memoInForce = !asOf.isBefore(MEMO);
        int memo = memoInForce ? and(and(home, admin), truth(v, MEMO_INVOKED)) : N;
        if (memo == Y) {
            return CONTESTED;
        }
        return lawful == U || memo == U ? U : N;
    }

    // the state courts' answers to whether state law gives officers power to hold for immigration
    private record Ruling(LocalDate date, int holds) {
    }

    private static final java.util.Map<String, Ruling> RULINGS = java.util.Map.of(
            "MA", new Ruling(LocalDate.of(2017, 7, 24), N), "NY", new Ruling(LocalDate.of(2018, 11, 14), N),
            "MT", new Ruling(LocalDate.of(2020, 3, 25), N), "MN", new Ruling(LocalDate.of(2019, 9, 23), N),
            "CO", new Ruling(LocalDate.of(2018, 12, 6), N), "AZ", new Ruling(LocalDate.of(2018, 7, 5), Y));

    // a statute, when one is known, answers it; else the state's courts, if they had ruled by the day
    // the question is asked (a ruling answers for events before it too); else it is open
    private static int power(Scenario s, int[] v) {
        if (v[S_AUTHORIZES] != U) {
            return truth(v, S_AUTHORIZES);
        }
        Ruling r = s.jurisdiction().state() == null ? null : RULINGS.get(s.jurisdiction().state());
        return known(r, s) ? r.holds() : CONTESTED;
    }

    private static boolean known(Ruling r, Scenario s) {
        return r != null && (s.askedOn() == null || !s.askedOn().isBefore(r.date()));
    }

    // a 287(g) delegation supplies the power, unless the state's courts hold its law withholds it (then open)
    private static int delegation(Scenario s, int function) {
        Ruling r = s.jurisdiction().state() == null ? null : RULINGS.get(s.jurisdiction().state());
        boolean withheld = known(r, s) && r.holds() == N;
        return withheld && function == Y ? CONTESTED : function;
    }

    private static void detainer(Scenario s, LocalDate asOf, int[] v, World w) {
        if (!s.actor().isGovernmental()) {
            return;
        }
        int hours = v[D_HOURS] == U ? Y : v[D_HOURS] <= 48 ? Y : N;
        w.when(hours, new int[] {D_HOURS}, Layer.FEDERAL_REGULATION, PERMITTED);
        w.when(not(hours), new int[] {D_HOURS}, Layer.FEDERAL_REGULATION, PROHIBITED);
        int presumable = and(is(v, D_FORM, I_247A), is(v, D_WARRANT, ADMINISTRATIVE));
        int shown = v[D_CAUSE] != U ? truth(v, D_CAUSE) : presumable == Y ? Y : U;
        // a detainer is presumed not to be a judge's warrant (8 C.F.R. 287.7; 8 U.S.C. 1226(a))
        int judgesWarrant = v[D_WARRANT] == U ? N : is(v, D_WARRANT, JUDICIAL);
        int cause = or(judgesWarrant, shown);
        w.when(not(cause), new int[] {D_CAUSE, D_FORM}, Layer.CONSTITUTION, PROHIBITED);
        int function = function(s, v);
        int authority = or(or(judgesWarrant, power(s, v)), or(truth(v, S_MANDATES_DETAINERS), delegation(s, function)));
        w.when(not(authority), new int[] {S_AUTHORIZES, S_MANDATES_DETAINERS, MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT},
                Layer.STATE_LAW, PROHIBITED);
        limits(s, v, w, S_LIMITS_DETAINERS, L_LIMITS_DETAINERS, Y, judgesWarrant, NO_FACT);
        w.when(truth(v, S_MANDATES_DETAINERS), new int[] {S_MANDATES_DETAINERS}, Layer.STATE_LAW, REQUIRED);
    }

    private static void civilArrest(Scenario s, LocalDate asOf, int[] v, World w) {
        int asked = truth(v, ASKED);
        int function = function(s, v);
        int[] functionFacts = {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE};
        w.when(function, functionFacts, Layer.FEDERAL_STATUTE, PERMITTED);
        if (!s.actor().isGovernmental()) {
            w.when(not(asked), new int[] {ASKED}, Layer.FEDERAL_STATUTE, PROHIBITED);
            return;
        }
        w.when(and(not(function), not(asked)), new int[] {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE, ASKED},
                Layer.CONSTITUTION, PROHIBITED);
        w.when(and(not(function), asked), new int[] {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE, ASKED},
                Layer.FEDERAL_STATUTE, PERMITTED);
        int authority = or(power(s, v), delegation(s, function));
        w.when(not(authority), new int[] {S_AUTHORIZES, MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE}, Layer.STATE_LAW, PROHIBITED);
        limits(s, v, w, S_LIMITS_ASSISTANCE, L_LIMITS_ASSISTANCE, Y, is(v, WARRANT, JUDICIAL), WARRANT);
        limits(s, v, w, S_LIMITS_COURTHOUSE, L_LIMITS_COURTHOUSE, is(v, PLACE, COURTHOUSE), N, WARRANT);
    }

    // 8 U.S.C. 1357(g): a trained officer, under ICE supervision, doing what the agreement covers
    private static int function(Scenario s, int[] v) {
        if (!s.actor().isGovernmental()) {
            return N;
        }
        int fieldArrestOutsideModel = s.action() == Action.CIVIL_IMMIGRATION_ARREST
                ? and(or(is(v, MODEL, JAIL_MODEL), is(v, MODEL, WSO_MODEL)), not(is(v, PLACE, JAIL))) : N;
        return and(and(not(is(v, MODEL, NO_AGREEMENT)), truth(v, TRAINED)),
                and(and(truth(v, SUPERVISED), truth(v, WITHIN_AGREEMENT)), not(fieldArrestOutsideModel)));
    }

    // a state's limits bind its officers and its localities'; a locality's bind its own
    // a limit yields to a judge's warrant where it carries that exception and the warrant is there
    // (the fact {@code warrant} holds it: the agents' warrant; NO_FACT for the detainer's, which is presumed)
    private static void limits(Scenario s, int[] v, World w, int state, int local, int reaches, int judicialWarrant, int warrant) {
        int stateExcepted = state == S_LIMITS_COURTHOUSE ? N : and(judicialWarrant, truth(v, S_JUDICIAL_WARRANT));
        int localExcepted = local == L_LIMITS_COURTHOUSE ? N : and(judicialWarrant, truth(v, L_JUDICIAL_WARRANT));
        w.when(and(reaches, and(truth(v, state), not(stateExcepted))), new int[] {state, PLACE, warrant, S_JUDICIAL_WARRANT},
                Layer.STATE_LAW, PROHIBITED);
        if (s.actor().isLocal()) {
            // a state ban on policies limiting cooperation voids the local limit
            int banned = or(truth(v, S_BANS_POLICIES), truth(v, S_FORBIDS_LIMITS));
            w.when(and(reaches, and(and(truth(v, local), not(banned)), not(localExcepted))),
                    new int[] {local, PLACE, S_FORBIDS_LIMITS, S_BANS_POLICIES, warrant, L_JUDICIAL_WARRANT}, Layer.LOCAL_LAW, PROHIBITED);
        }
    }

    private static int truth(int[] v, int f) {
        return v[f] == U ? U : v[f] == 0 ? Y : N;
    }

    private static int is(int[] v, int f, int code) {
        return v[f] == U ? U : v[f] == code ? Y : N;
    }

    // four-valued: NO (or YES, for or) decides; failing that UNKNOWN; failing that CONTESTED
    private static int not(int t) {
        return t == U || t == CONTESTED ? t : t == Y ? N : Y;
    }

    private static int and(int a, int b) {
        return a == N || b == N ? N : a == U || b == U ? U : a == CONTESTED || b == CONTESTED ? CONTESTED : Y;
    }

    private static int or(int a, int b) {
        return a == Y || b == Y ? Y : a == U || b == U ? U : a == CONTESTED || b == CONTESTED ? CONTESTED : N;
    }

    private static int idx(String path) {
        return Catalogue.fact(path).orElseThrow().index();
    }

    private static int code(int fact, String value) {
        return Catalogue.fact(fact).code(value);
    }
}
