package io.lexfed.baseline;

import static io.lexfed.determination.Outcome.CONDITIONAL;
import static io.lexfed.determination.Outcome.PERMITTED;
import static io.lexfed.determination.Outcome.PROHIBITED;
import static io.lexfed.determination.Outcome.REQUIRED;
import static io.lexfed.determination.Outcome.UNSETTLED;

import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Layer;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Reason;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.resolution.Resolver;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The limit LexFed measures itself against: three doctrines — Supremacy Clause immunity (arresting
 * a federal agent), detainers, and 287(g) scope (civil immigration arrests) — written by hand in
 * plain Java over the catalogue's fact codes, with the same knowledge base and the same conflict
 * resolution, but no rule engine. {@link #outcome} returns only the outcome; {@link #determination}
 * assembles by hand what LexFed's reader relies on (reasons, the deciding fact, premises, citations). Like the
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
    private static final int DIRECTED = idx("federalAction.actDirectedByFederalLaw");
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
    private static final int S_LISTED_OFFENSES = idx("stateLaw.limitsExceptListedOffenses");
    private static final int LISTED_OFFENSE_MET = idx("information.stateLawExceptionApplies");
    private static final int L_JUDICIAL_WARRANT = idx("localPolicy.limitsExceptJudicialWarrant");
    private static final int L_LISTED_OFFENSES = idx("localPolicy.limitsExceptListedOffenses");
    private static final int L_WARRANT_WITH_LISTED = idx("localPolicy.limitsExceptJudicialWarrantWithListedOffenses");
    private static final int LOCAL_LISTED_OFFENSE_MET = idx("information.localPolicyExceptionApplies");
    private static final int S_FORBIDS_LIMITS = idx("stateLaw.forbidsLimitsOnCooperation");
    private static final int L_LIMITS_DETAINERS = idx("localPolicy.limitsDetainers");
    private static final int L_LIMITS_ASSISTANCE = idx("localPolicy.limitsAssistance");
    private static final int L_LIMITS_COURTHOUSE = idx("localPolicy.limitsCourthouseArrests");

    // codes of enumerated values, by the catalogue's order
    private static final int CIVIL_ARREST = code(KIND, "CIVIL_ARREST");
    private static final int CRIMINAL_ARREST = code(KIND, "CRIMINAL_ARREST");
    private static final int SEARCH = code(KIND, "HOME_OR_WORKPLACE_SEARCH");
    private static final int OTHER_KIND = code(KIND, "OTHER");
    private static final int DETAINER_KIND = code(KIND, "DETAINER_REQUEST");
    private static final int INFORMATION_KIND = code(KIND, "INFORMATION_REQUEST");
    private static final int NONE = code(WARRANT, "NONE");
    private static final int ADMINISTRATIVE = code(WARRANT, "ADMINISTRATIVE");
    private static final int JUDICIAL = code(WARRANT, "JUDICIAL");
    private static final int HOME = code(PLACE, "PRIVATE_HOME");
    private static final int COURTHOUSE = code(PLACE, "COURTHOUSE");
    private static final int JAIL = code(PLACE, "JAIL_OR_CUSTODY");
    private static final int I_247A = code(D_FORM, "I_247A");
    private static final int NO_WARRANT = code(D_WARRANT, "NONE");
    private static final LocalDate POLICY_10074_2 = LocalDate.of(2017, 4, 2);
    private static final int NO_AGREEMENT = code(MODEL, "NONE");
    private static final int JAIL_MODEL = code(MODEL, "JAIL_ENFORCEMENT");
    private static final int WSO_MODEL = code(MODEL, "WARRANT_SERVICE_OFFICER");

    /**
     * A rule of LexFed's that the baseline mirrors, written out by hand as a plain Java program would
     * hold it: what it concludes, in which words, and on what authority. {@code BaselineEquivalenceTest}
     * checks each against the rule base and against LexFed's reasons, so the two cannot drift apart.
     */
    record Mirror(String rule, String doctrine, String analysis, Layer layer, Outcome outcome, String statement, List<String> cites) {
        Conclusion conclusion() {
            return new Conclusion(rule, layer, outcome, Set.of(), statement);
        }

        Reason reason() {
            return new Reason(rule, doctrine, analysis, layer, outcome, statement, cites, List.of(), List.of());
        }
    }

    static final Mirror IMMUNE = new Mirror("supremacy-immunity/01-no-state-arrest-of-an-agent-acting-within-federal-authority", "supremacy-immunity", "4",
            Layer.CONSTITUTION, PROHIBITED, "An agent who acted within federal authority is immune from state arrest and prosecution for it under the Supremacy Clause.",
            List.of("us-const-art-vi-cl-2", "in-re-neagle-1890", "new-york-v-tanella-2004"));
    static final Mirror OUTSIDE_AUTHORITY = new Mirror("agent-outside-authority/01-a-state-may-arrest-an-agent-who-acted-outside-federal-authority",
            "agent-outside-authority", "4", Layer.STATE_LAW, PERMITTED,
            "An agent who acted outside federal authority has no Supremacy Clause immunity, so the state may arrest and charge him for the state crime; "
                    + "the case may be removed and immunity litigated there.",
            List.of("in-re-neagle-1890", "new-york-v-tanella-2004", "usc-28-1442"));
    static final Mirror NO_PROBABLE_CAUSE = new Mirror("agent-outside-authority/04-no-arrest-without-probable-cause-of-a-state-crime", "agent-outside-authority", "4",
            Layer.CONSTITUTION, PROHIBITED, "No state crime is alleged, so there is no probable cause for an arrest of anyone, federal agent or not.",
            List.of("us-const-amend-iv"));
    static final Mirror A_REQUEST = new Mirror("detainers/04-a-detainer-is-a-request-the-actor-may-honor", "detainers", "1", Layer.FEDERAL_REGULATION, PERMITTED,
            "Federal regulations ask, and do not order, the custodian to hold the person up to 48 hours past release for ICE.",
            List.of("cfr-8-287-7", "galarza-v-szalczyk-2014"));
    static final Mirror NO_CAUSE_TO_HOLD = new Mirror("detainers/05-holding-without-probable-cause-violates-the-fourth-amendment", "detainers", "6",
            Layer.CONSTITUTION, PROHIBITED,
            "Holding a person past release is a new seizure; without probable cause it violates the Fourth Amendment, and a federal request is no defence.",
            List.of("us-const-amend-iv", "miranda-olivares-v-clackamas-county-2014", "morales-v-chadbourne-2015", "galarza-v-szalczyk-2014"));
    static final Mirror BEYOND_48_HOURS = new Mirror("detainers/07-a-hold-beyond-48-hours-exceeds-the-detainer", "detainers", "6", Layer.FEDERAL_REGULATION,
            PROHIBITED, "A detainer asks for at most 48 hours past release (excluding weekends and holidays); holding longer is beyond what federal law requests.",
            List.of("cfr-8-287-7"));
    static final Mirror NO_STATE_POWER = new Mirror("state-arrest-authority/07-no-hold-or-arrest-without-state-law-authority", "state-arrest-authority", "2",
            Layer.STATE_LAW, PROHIBITED,
            "Holding a person past release, or arresting for a civil immigration matter, is a new arrest, and state law gives this officer no power to make it.",
            List.of("lunn-v-commonwealth-2017"));
    static final Mirror MANDATE = new Mirror("state-mandates/05-a-state-mandate-requires-the-cooperation", "state-mandates", "3", Layer.STATE_LAW, REQUIRED,
            "State law requires this cooperation, as a state may require of its own officers and localities.", List.of("city-of-el-cenizo-v-texas-2018"));
    static final Mirror STATE_LIMIT = new Mirror("sanctuary-limits/08-a-state-limit-forbids-the-cooperation-it-covers", "sanctuary-limits", "3", Layer.STATE_LAW,
            PROHIBITED, "State law forbids its officers and localities this cooperation, as a state may.",
            List.of("united-states-v-california-2019", "ocean-county-v-attorney-general-nj-2021", "us-const-amend-x"));
    static final Mirror LOCAL_LIMIT = new Mirror("sanctuary-limits/09-a-local-limit-forbids-the-cooperation-it-covers", "sanctuary-limits", "3", Layer.LOCAL_LAW,
            PROHIBITED, "Local policy forbids the locality's officers this cooperation, as a locality may.",
            List.of("united-states-v-california-2019", "us-const-amend-x"));
    static final Mirror DELEGATED = new Mirror("delegation-287g/06-a-delegated-officer-may-make-the-immigration-arrest", "delegation-287g", "2",
            Layer.FEDERAL_STATUTE, PERMITTED, "Under its 287(g) agreement the officer may perform the immigration officer's function of arrest.",
            List.of("usc-8-1357g"));
    static final Mirror NO_UNILATERAL_ARREST = new Mirror("delegation-287g/07-no-unilateral-civil-immigration-arrest-without-delegation", "delegation-287g", "2",
            Layer.CONSTITUTION, PROHIBITED,
            "Without a 287(g) delegation or a federal request, a state or local officer may not arrest or detain anyone for a civil immigration violation: "
                    + "federal law preempts it.",
            List.of("arizona-v-united-states-2012", "santos-v-frederick-county-2013", "melendres-v-arpaio-9th-cir-2012", "usc-8-1357g"));
    static final Mirror AT_FEDERAL_REQUEST = new Mirror("delegation-287g/09-federal-law-permits-cooperation-at-federal-request", "delegation-287g", "2",
            Layer.FEDERAL_STATUTE, PERMITTED,
            "Without an agreement, federal law still lets officers cooperate in an apprehension ICE requests; the power to arrest must come from state law.",
            List.of("usc-8-1357g", "arizona-v-united-states-2012", "united-states-v-ovando-garzo-2014"));
    static final Mirror NO_PRIVATE_ARREST = new Mirror("delegation-287g/15-a-private-person-has-no-power-of-civil-immigration-arrest", "delegation-287g", "2",
            Layer.FEDERAL_STATUTE, PROHIBITED,
            "Federal law gives the power to arrest for civil immigration violations to immigration officers and to state and local officers it authorizes, "
                    + "never to private persons, and being removable is not a crime anyone may arrest for.",
            List.of("usc-8-1357a", "usc-8-1357g", "arizona-v-united-states-2012"));

    /** Every rule the baseline mirrors. */
    static final List<Mirror> MIRRORS = List.of(IMMUNE, OUTSIDE_AUTHORITY, NO_PROBABLE_CAUSE, A_REQUEST, NO_CAUSE_TO_HOLD, BEYOND_48_HOURS, NO_STATE_POWER,
            MANDATE, STATE_LIMIT, LOCAL_LIMIT, DELEGATED, NO_UNILATERAL_ARREST, AT_FEDERAL_REQUEST, NO_PRIVATE_ARREST);

    private final KnowledgeBase knowledge;
    private final Map<String, Authority> authorities;
    // each authority's citation, built once, in force on the day or not: the order citations are listed in
    private final Map<String, Citation[]> citations;
    // LexFed's order of citations: by rank, then id
    private final java.util.Comparator<String> citationOrder;

    public HandWrittenEvaluator(Registry registry) {
        this.knowledge = KnowledgeBase.load(registry);
        this.authorities = registry.authorities();
        Map<String, Citation[]> built = new HashMap<>();
        for (Authority a : authorities.values()) {
            built.put(a.id(), new Citation[] {citation(a, true), citation(a, false)});
        }
        this.citations = Map.copyOf(built);
        this.citationOrder = java.util.Comparator.comparing((String id) -> authorities.get(id).rank()).thenComparing(id -> id);
    }

    private static Citation citation(Authority a, boolean inForce) {
        return new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(), inForce, null);
    }

    public Outcome outcome(Scenario given) {
        LocalDate asOf = given.date() != null ? given.date() : LocalDate.now();
        Scenario s = knowledge.complete(given, asOf).scenario();
        checkCovered(s);
        return solve(s, asOf, Catalogue.codes(s));
    }

    private static void checkCovered(Scenario s) {
        if (!ACTIONS.contains(s.action())) {
            throw new IllegalArgumentException("the baseline covers only " + ACTIONS);
        }
    }

    /**
     * The outcome with what a reader needs to trust it, assembled by hand: the reasons (the mirrored
     * rules whose conclusions hold, or are contested, on the facts given), the fact the outcome turns
     * on with the outcome under each of its values, the knowledge base's premises, and the citations
     * of the reasons and premises with whether each was in force on the day and binds there. It leaves
     * out what LexFed adds beyond that (findings, presumptions, exposure, context notes, cautions).
     */
    public Determination determination(Scenario given) {
        LocalDate asOf = given.date() != null ? given.date() : LocalDate.now();
        KnowledgeBase.Completion completed = knowledge.complete(given, asOf);
        Scenario s = completed.scenario();
        checkCovered(s);
        int[] v = Catalogue.codes(s);
        Outcome outcome = solve(s, asOf, v);
        World top = top(s, asOf, v);
        List<Mirror> held = top.held.stream().distinct().sorted(REASON_ORDER).toList();
        List<Reason> reasons = held.stream().map(Mirror::reason).toList();
        List<MissingFact> missing = new ArrayList<>();
        if (outcome == CONDITIONAL) {
            // the facts some conclusion waits on that change the outcome, each with the outcome under each value
            top.open.stream().mapToObj(f -> missing(s, asOf, v, f))
                    .filter(m -> m.ifValue().stream().map(MissingFact.Option::outcome).distinct().count() > 1).forEach(missing::add);
        }
        TreeSet<String> cited = new TreeSet<>(citationOrder);
        held.forEach(m -> cited.addAll(m.cites()));
        completed.premises().forEach(p -> {
            if (p.authority() != null) {
                cited.add(p.authority());
            }
        });
        List<Citation> citations = new ArrayList<>(cited.size());
        for (String id : cited) {
            Citation c = this.citations.get(id)[authorities.get(id).inForceOn(asOf) ? 0 : 1];
            Authority.Precedent precedent = authorities.get(id).precedentIn(s.jurisdiction().state(), s.askedOn());
            citations.add(precedent == null ? c : new Citation(c.id(), c.citation(), c.kind(), c.rank(), c.jurisdiction(), c.date(), c.url(),
                    c.inForceOnDate(), precedent.name()));
        }
        String question = "May the " + s.actor().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                + s.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " on " + asOf + "?";
        String summary = outcome + (reasons.isEmpty() ? "" : ": " + reasons.get(0).statement());
        return new Determination(Determination.SCHEMA_VERSION, "baseline", "", question, asOf, outcome, summary, reasons, List.of(),
                completed.premises(), List.of(), List.of(), List.of(), missing, List.of(), List.of(), citations, List.of(),
                held.stream().map(Mirror::rule).toList(), given, Determination.NOT_LEGAL_ADVICE);
    }

    private static final java.util.Comparator<Mirror> REASON_ORDER = java.util.Comparator.comparing(Mirror::layer).thenComparing(Mirror::analysis)
            .thenComparing(Mirror::rule);


    // the world on the facts as given, before any unknown fact is tried
    private static World top(Scenario s, LocalDate asOf, int[] v) {
        World w = new World(v);
        switch (s.action()) {
            case ARREST_FEDERAL_AGENT -> {
                int within = authority(asOf, v);
                if (within == CONTESTED) {
                    arrestOfAgent(s, Y, v, w);
                    arrestOfAgent(s, N, v, w);
                } else {
                    arrestOfAgent(s, within, v, w);
                }
            }
            case HONOR_DETAINER -> detainer(s, asOf, v, w);
            default -> civilArrest(s, asOf, v, w);
        }
        return w;
    }

    // the values an unknown fact is tried at: each of an enumeration's, or a count's either side of 48 hours
    private static int[] trials(Fact fact) {
        return fact.type() == Fact.Type.COUNT ? new int[] {0, 48, 49} : java.util.stream.IntStream.range(0, fact.values().size()).toArray();
    }

    private MissingFact missing(Scenario s, LocalDate asOf, int[] v, int f) {
        Fact fact = Catalogue.fact(f);
        List<MissingFact.Option> options = new ArrayList<>();
        for (int x : trials(fact)) {
            v[f] = x;
            if (!Catalogue.contradictory(v)) {
                options.add(new MissingFact.Option(fact.type() == Fact.Type.COUNT ? Integer.toString(x) : fact.name(x), solve(s, asOf, v)));
            }
        }
        v[f] = Fact.UNKNOWN;
        return new MissingFact(fact.path(), fact.question(), List.of(), options);
    }

    /** One world's conclusions, or the fact to try next when a conclusion still turns on one. */
    private static final class World {
        final List<Conclusion> holding = new ArrayList<>();
        // conclusions that hold or not as an open question of law is answered
        final List<Conclusion> contested = new ArrayList<>();
        // the rules whose conclusions hold or are contested, for the reasons of a determination
        final List<Mirror> held = new ArrayList<>();
        // the unknown facts some conclusion waits on
        final java.util.BitSet open = new java.util.BitSet();
        final int[] v;
        int split = Integer.MAX_VALUE;

        World(int[] v) {
            this.v = v;
        }

        /** The rule's conclusion holds when {@code truth} does; while that is unknown, the first unknown fact it waits on is tried next. */
        void when(int truth, int[] waiting, Mirror rule) {
            if (truth == Y) {
                holding.add(rule.conclusion());
                held.add(rule);
            } else if (truth == CONTESTED) {
                contested.add(rule.conclusion());
                held.add(rule);
            } else if (truth == U) {
                for (int f : waiting) {
                    if (f != NO_FACT && v[f] == U && applicable(v, f)) {
                        split = Math.min(split, f);
                        open.set(f);
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
        int[] values = trials(fact);
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
    private static final int[] AUTHORITY_FACTS = {KIND, WARRANT, PLACE, CONSENT, EXIGENCY, REASON, ESCAPE, FORCE, FORCE_OK, DUTY, DIRECTED, BELIEVED,
        BELIEF_OK, MEMO_INVOKED};
    private static final int[] CRIME_AND_AUTHORITY_FACTS = {CRIME, KIND, WARRANT, PLACE, CONSENT, EXIGENCY, REASON, ESCAPE, FORCE, FORCE_OK, DUTY, DIRECTED,
        BELIEVED, BELIEF_OK, MEMO_INVOKED};

    private static void arrestOfAgent(Scenario s, int within, int[] v, World w) {
        w.when(within, AUTHORITY_FACTS, IMMUNE);
        if (!s.actor().isGovernmental()) {
            return;
        }
        w.when(and(not(within), truth(v, CRIME)), CRIME_AND_AUTHORITY_FACTS, OUTSIDE_AUTHORITY);
        w.when(not(truth(v, CRIME)), new int[] {CRIME}, NO_PROBABLE_CAUSE);
    }

    // In re Neagle: a federal duty, and no more than necessary and proper - honestly and reasonably believed
    // necessary (Tanella, Kleinert), or lawful in itself (a seizure, entry, force, detainer or request with a lawful
    // basis and no unreasonable force) and, unless shown otherwise, honestly believed necessary (Files), or, for
    // conduct that is no seizure, entry or force, the very act federal authority directed (Ohio v. Thomas);
    // CONTESTED is an open legal question, ranked below UNKNOWN as the four-valued logic ranks it
    private static int authority(LocalDate asOf, int[] v) {
        int kind = v[KIND];
        int duty = v[DUTY] != U ? truth(v, DUTY) : kind != U && kind != OTHER_KIND ? Y : U;
        int force = or(not(truth(v, FORCE)), truth(v, FORCE_OK));
        int basis = basis(asOf, v);
        int measured = or(or(or(is(v, KIND, CIVIL_ARREST), is(v, KIND, CRIMINAL_ARREST)), or(is(v, KIND, SEARCH), truth(v, FORCE))),
                or(is(v, KIND, DETAINER_KIND), is(v, KIND, INFORMATION_KIND)));
        int lawfulWhereMeasured = basis == CONTESTED ? (force == Y ? CONTESTED : force) : and(basis, force);
        // other conduct (crossing land, driving) is not shown lawful by the absence of a seizure or force
        int lawful = measured == N ? N : measured == U ? (lawfulWhereMeasured == N ? N : U) : lawfulWhereMeasured;
        int belief = and(truth(v, BELIEVED), truth(v, BELIEF_OK));
        int believed = v[BELIEVED] != U ? truth(v, BELIEVED) : lawful == Y ? Y : U;
        int seizure = or(or(is(v, KIND, CIVIL_ARREST), is(v, KIND, CRIMINAL_ARREST)), is(v, KIND, SEARCH));
        // presumed done as his duty, unless shown he did not believe it so (Files)
        int directed = and(and(not(or(seizure, truth(v, FORCE))), truth(v, DIRECTED)), v[BELIEVED] != U ? truth(v, BELIEVED) : Y);
        int necessary = or(or(belief, directed), and(lawful, believed));
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

    // the state courts' answers to whether state law gives officers power to hold for immigration; one that read the
    // law before a statute changed it answers only for events before that day
    private record Ruling(LocalDate date, int holds, LocalDate readsLawBefore) {
        Ruling(LocalDate date, int holds) {
            this(date, holds, null);
        }
    }

    private static final java.util.Map<String, Ruling> RULINGS = java.util.Map.of(
            "MA", new Ruling(LocalDate.of(2017, 7, 24), N), "NY", new Ruling(LocalDate.of(2018, 11, 14), N),
            "MT", new Ruling(LocalDate.of(2020, 3, 25), N), "MN", new Ruling(LocalDate.of(2019, 9, 23), N),
            "CO", new Ruling(LocalDate.of(2018, 12, 6), N), "AZ", new Ruling(LocalDate.of(2018, 7, 5), Y),
            "WA", new Ruling(LocalDate.of(2017, 7, 31), N), "CA", new Ruling(LocalDate.of(2018, 2, 7), N),
            "FL", new Ruling(LocalDate.of(2018, 11, 9), N, LocalDate.of(2019, 7, 1)));

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
        return r != null && (s.askedOn() == null || !s.askedOn().isBefore(r.date()))
                && (r.readsLawBefore() == null || s.date().isBefore(r.readsLawBefore()));
    }

    // the state courts' answers to whether a 287(g) delegation supplies the power their state's law withholds
    private static final java.util.Map<String, Ruling> DELEGATION_RULINGS = java.util.Map.of(
            "CO", new Ruling(LocalDate.of(2024, 7, 3), N));

    // a 287(g) delegation supplies the power, unless the state's courts hold its law withholds it: then the
    // state's courts decide whether the delegation supplies it anyway, where they have ruled; else it is open
    private static int delegation(Scenario s, int function) {
        String state = s.jurisdiction().state();
        Ruling r = state == null ? null : RULINGS.get(state);
        boolean withheld = known(r, s) && r.holds() == N;
        if (!withheld || function == N) {
            return function;
        }
        Ruling d = DELEGATION_RULINGS.get(state);
        return known(d, s) ? and(function, d.holds()) : function == Y ? CONTESTED : function;
    }

    private static void detainer(Scenario s, LocalDate asOf, int[] v, World w) {
        if (!s.actor().isGovernmental()) {
            return;
        }
        int hours = v[D_HOURS] == U ? Y : v[D_HOURS] <= 48 ? Y : N;
        w.when(hours, new int[] {D_HOURS}, A_REQUEST);
        w.when(not(hours), new int[] {D_HOURS}, BEYOND_48_HOURS);
        int presumable = and(is(v, D_FORM, I_247A), is(v, D_WARRANT, ADMINISTRATIVE));
        // a detainer issued under ICE Policy 10074.2 is presumed to meet it (probable cause, an administrative warrant), unless given without a warrant
        boolean regular = !asOf.isBefore(POLICY_10074_2) && v[D_WARRANT] != NO_WARRANT;
        int shown = v[D_CAUSE] != U ? truth(v, D_CAUSE) : presumable == Y || regular ? Y : U;
        // a detainer is presumed not to be a judge's warrant (8 C.F.R. 287.7; 8 U.S.C. 1226(a))
        int judgesWarrant = v[D_WARRANT] == U ? N : is(v, D_WARRANT, JUDICIAL);
        int cause = or(judgesWarrant, shown);
        w.when(not(cause), new int[] {D_CAUSE, D_FORM}, NO_CAUSE_TO_HOLD);
        int function = function(s, v);
        int authority = or(or(judgesWarrant, power(s, v)), or(truth(v, S_MANDATES_DETAINERS), delegation(s, function)));
        w.when(not(authority), new int[] {S_AUTHORIZES, S_MANDATES_DETAINERS, MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT}, NO_STATE_POWER);
        limits(s, v, w, S_LIMITS_DETAINERS, L_LIMITS_DETAINERS, Y, judgesWarrant, NO_FACT);
        w.when(truth(v, S_MANDATES_DETAINERS), new int[] {S_MANDATES_DETAINERS}, MANDATE);
    }

    private static void civilArrest(Scenario s, LocalDate asOf, int[] v, World w) {
        int asked = truth(v, ASKED);
        int function = function(s, v);
        int[] functionFacts = {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE};
        w.when(function, functionFacts, DELEGATED);
        if (!s.actor().isGovernmental()) {
            w.when(not(asked), new int[] {ASKED}, NO_PRIVATE_ARREST);
            return;
        }
        w.when(and(not(function), not(asked)), new int[] {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE, ASKED}, NO_UNILATERAL_ARREST);
        w.when(and(not(function), asked), new int[] {MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE, ASKED}, AT_FEDERAL_REQUEST);
        int authority = or(power(s, v), delegation(s, function));
        w.when(not(authority), new int[] {S_AUTHORIZES, MODEL, TRAINED, SUPERVISED, WITHIN_AGREEMENT, PLACE}, NO_STATE_POWER);
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
        // an officer under an agreement in force is presumed trained and supervised (the presumption of regularity)
        boolean inForce = v[MODEL] != U && v[MODEL] != NO_AGREEMENT;
        int trained = v[TRAINED] == U && inForce ? Y : truth(v, TRAINED);
        int supervised = v[SUPERVISED] == U && inForce ? Y : truth(v, SUPERVISED);
        return and(and(not(is(v, MODEL, NO_AGREEMENT)), trained),
                and(and(supervised, truth(v, WITHIN_AGREEMENT)), not(fieldArrestOutsideModel)));
    }

    // a state's limits bind its officers and its localities'; a locality's bind its own
    // a limit yields to a judge's warrant where it carries that exception and the warrant is there
    // (the fact {@code warrant} holds it: the agents' warrant; NO_FACT for the detainer's, which is presumed)
    private static void limits(Scenario s, int[] v, World w, int state, int local, int reaches, int judicialWarrant, int warrant) {
        int stateExcepted = state == S_LIMITS_COURTHOUSE ? N : and(judicialWarrant, truth(v, S_JUDICIAL_WARRANT));
        if (state == S_LIMITS_DETAINERS) {
            // the TRUST Act's hold limit yields for a listed conviction or charge (Cal. Gov't Code 7282.5)
            stateExcepted = or(stateExcepted, and(truth(v, S_LISTED_OFFENSES), truth(v, LISTED_OFFENSE_MET)));
        }
        int localExcepted = local == L_LIMITS_COURTHOUSE ? N : and(judicialWarrant, truth(v, L_JUDICIAL_WARRANT));
        if (local == L_LIMITS_DETAINERS) {
            // a local hold limit's own listed offenses (Middlesex County, 2014), or a judge's warrant for a listed offender
            // where the policy asks both at once (Philadelphia Executive Order 5-16)
            int met = truth(v, LOCAL_LISTED_OFFENSE_MET);
            localExcepted = or(localExcepted, or(and(truth(v, L_LISTED_OFFENSES), met),
                    and(truth(v, L_WARRANT_WITH_LISTED), and(judicialWarrant, met))));
        }
        w.when(and(reaches, and(truth(v, state), not(stateExcepted))), new int[] {state, PLACE, warrant, S_JUDICIAL_WARRANT, S_LISTED_OFFENSES,
            LISTED_OFFENSE_MET}, STATE_LIMIT);
        if (s.actor().isLocal()) {
            // a state ban on policies limiting cooperation voids the local limit
            int banned = or(truth(v, S_BANS_POLICIES), truth(v, S_FORBIDS_LIMITS));
            w.when(and(reaches, and(and(truth(v, local), not(banned)), not(localExcepted))),
                    new int[] {local, PLACE, S_FORBIDS_LIMITS, S_BANS_POLICIES, warrant, L_JUDICIAL_WARRANT, L_LISTED_OFFENSES,
                        L_WARRANT_WITH_LISTED, LOCAL_LISTED_OFFENSE_MET}, LOCAL_LIMIT);
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
