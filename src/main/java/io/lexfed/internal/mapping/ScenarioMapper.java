package io.lexfed.internal.mapping;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.facts.Is;
import io.lexfed.internal.facts.IsNot;
import io.lexfed.internal.facts.Situation;
import io.lexfed.internal.predicates.Context;
import io.lexfed.internal.predicates.Definition;
import io.lexfed.internal.predicates.Holds;
import io.lexfed.internal.predicates.Value;
import io.lexfed.internal.predicates.Decision;
import io.lexfed.internal.predicates.Predicates;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Where a completed scenario becomes what the rules see: its facts read through the catalogue, the
 * predicates evaluated on them and on the law in force on the date, and each predicate a rule for
 * this actor and action reads turned into its literals. Immutable and thread-safe.
 */
public final class ScenarioMapper {
    // the dated authorities the predicates ask about, and the decisions that answer contested questions, resolved once
    private final Authority[] asked;
    private final Authority[] deciding;
    // each decision's place among its question's decisions, and the parties (ST or ST/locality-id) a judgment binds
    private final int[] local;
    private final java.util.Set<String> parties;
    // the days from which some decision starts or stops counting, in order: between two of them every state's courts
    // answer every contested question alike, so the answers are worked out once per state and period
    private final LocalDate[] turns;
    private final java.util.concurrent.ConcurrentHashMap<Period, Rulings> rulingsByPeriod = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PERIODS = 8192;

    // the days before which a decision reading a since-changed state law counts, in order: the event's place among them
    private final LocalDate[] lawTurns;

    private record Period(String state, int index, String party, int law) {
    }

    // shared by every context of the period: read, never written
    private record Rulings(byte[] rulings, long[] decidedBy) {
    }

    public ScenarioMapper(Registry registry) {
        this.asked = Predicates.askedInForce().stream()
                .map(id -> registry.authority(id).orElseThrow(() -> new IllegalStateException("a predicate asks about unknown authority " + id)))
                .toArray(Authority[]::new);
        this.deciding = Predicates.decisions().stream()
                .map(d -> registry.authority(d.authority()).orElseThrow(() -> new IllegalStateException("a question is decided by unknown authority "
                        + d.authority())))
                .toArray(Authority[]::new);
        this.local = new int[deciding.length];
        for (int q = 0; q < Predicates.contested().size(); q++) {
            int[] of = Predicates.decisionsOf(q);
            for (int j = 0; j < of.length; j++) {
                local[of[j]] = j;
            }
        }
        this.parties = Predicates.decisions().stream().flatMap(d -> d.judgmentFor().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.lawTurns = Predicates.decisions().stream().map(Decision::readsLawBefore).filter(java.util.Objects::nonNull)
                .distinct().sorted().toArray(LocalDate[]::new);
        this.turns = Arrays.stream(deciding).flatMap(a -> java.util.stream.Stream.of(a.date(), a.vacated())).filter(java.util.Objects::nonNull)
                .distinct().sorted().toArray(LocalDate[]::new);
        for (int i = 0; i < deciding.length; i++) {
            if (deciding[i].kind() != Authority.Kind.CASE) {
                throw new IllegalStateException("a question is decided by " + deciding[i].id() + ", which is not a court decision");
            }
        }
    }

    /**
     * The evaluation context of a completed scenario judged on {@code asOf}: its facts' codes and the law in force.
     * {@code locality} is the knowledge base's locality the scenario names, as ST/id, or null.
     */
    public Context context(Scenario completed, LocalDate asOf, String locality) {
        BitSet inForce = new BitSet(asked.length);
        for (int i = 0; i < asked.length; i++) {
            if (asked[i].inForceOn(asOf)) {
                inForce.set(i);
            }
        }
        String state = completed.jurisdiction().state();
        LocalDate askedOn = completed.askedOn();
        String party = party(state, locality, completed.actor());
        int law = 0;
        while (law < lawTurns.length && !asOf.isBefore(lawTurns[law])) {
            law++;
        }
        Period period = new Period(state, period(askedOn), party, law);
        Rulings r = rulingsByPeriod.get(period);
        if (r == null) {
            r = rule(state, askedOn, party, asOf);
            if (rulingsByPeriod.size() < MAX_PERIODS) {
                rulingsByPeriod.putIfAbsent(period, r);
            }
        }
        return Predicates.context(Catalogue.codes(completed), completed.actor(), completed.action(), inForce, r.rulings(), r.decidedBy());
    }

    // the party to some judgment whose officer the actor is: a state's officials and police are the state's, a
    // locality's officials and police the locality's (a sheriff is elected apart, and its litigation does not bind him)
    private String party(String state, String locality, Actor actor) {
        String p = actor == null ? null : switch (actor) {
            case STATE_OFFICIAL, STATE_POLICE -> state;
            case LOCAL_OFFICIAL, LOCAL_POLICE -> locality;
            default -> null;
        };
        return p != null && parties.contains(p) ? p : null;
    }

    // how many turns fall on or before the day asked (all of them when the question is asked with all the registry knows)
    private int period(LocalDate askedOn) {
        if (askedOn == null) {
            return turns.length;
        }
        int i = Arrays.binarySearch(turns, askedOn);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private Rulings rule(String state, LocalDate askedOn, String party, LocalDate asOf) {
        int questions = Predicates.contested().size();
        byte[] rulings = new byte[questions];
        long[] decidedBy = new long[questions];
        rule(state, askedOn, party, asOf, rulings, decidedBy);
        return new Rulings(rulings, decidedBy);
    }

    /**
     * How the courts answer each contested question for events in {@code state}, as their decisions
     * stood on {@code askedOn} (null: all the registry knows, including decisions after the events): the
     * binding decision of the highest court, the latest among equals (with the binding decisions that
     * agree with it); failing one, the persuasive
     * decisions if they all agree; else the question stays open (UNSETTLED means nothing binding
     * decides it and the persuasive authorities split, or there are none). A decision about one
     * state's law counts only in that state, and one that read it before a statute changed it only for events before.
     */
    private void rule(String state, LocalDate askedOn, String party, LocalDate asOf, byte[] rulings, long[] decidedBy) {
        int[] binding = new int[rulings.length];
        java.util.Arrays.fill(binding, -1);
        // masks over each question's own decisions (Predicates.decisionsOf): bit j for its j-th
        long[] bindingAll = new long[rulings.length];
        long[] persuasive = new long[rulings.length];
        long[] persuasiveYes = new long[rulings.length];
        for (int i = 0; i < deciding.length; i++) {
            Decision d = Predicates.decisions().get(i);
            // a reading of the state's law before a statute changed it says nothing of the law after
            if (d.state() != null && !d.state().equals(state) || d.readsLawBefore() != null && !asOf.isBefore(d.readsLawBefore())) {
                continue;
            }
            Authority.Precedent p = deciding[i].precedentIn(state, askedOn);
            // a reading of the law on other facts persuades, wherever it was decided
            if (p == Authority.Precedent.BINDING && d.persuasiveOnly()) {
                p = Authority.Precedent.PERSUASIVE;
            }
            // a judgment binds its parties whatever the court (a nonparty cannot hold the United States to it:
            // United States v. Mendoza)
            if (p == Authority.Precedent.PERSUASIVE && party != null && d.judgmentFor().contains(party)) {
                p = Authority.Precedent.BINDING;
            }
            int q = d.question();
            long bit = 1L << local[i];
            if (p == Authority.Precedent.BINDING) {
                bindingAll[q] |= bit;
                int b = binding[q];
                if (b < 0 || outweighs(deciding[i], deciding[b])) {
                    binding[q] = i;
                }
            } else if (p == Authority.Precedent.PERSUASIVE) {
                persuasive[q] |= bit;
                if (d.holds()) {
                    persuasiveYes[q] |= bit;
                }
            }
        }
        for (int q = 0; q < rulings.length; q++) {
            if (binding[q] >= 0) {
                boolean holds = Predicates.decisions().get(binding[q]).holds();
                rulings[q] = holds ? Predicates.HOLDS_YES : Predicates.HOLDS_NO;
                // the controlling decision, and the other binding decisions there that hold the same (a state's
                // high court applying the Supreme Court's holding to its own statute decides with it)
                long agreeing = 0;
                int[] of = Predicates.decisionsOf(q);
                for (long m = bindingAll[q]; m != 0; m &= m - 1) {
                    int j = Long.numberOfTrailingZeros(m);
                    if (Predicates.decisions().get(of[j]).holds() == holds) {
                        agreeing |= 1L << j;
                    }
                }
                decidedBy[q] = agreeing;
            } else if (persuasive[q] != 0 && (persuasiveYes[q] == 0 || persuasiveYes[q] == persuasive[q])) {
                rulings[q] = persuasiveYes[q] != 0 ? Predicates.HOLDS_YES : Predicates.HOLDS_NO;
                decidedBy[q] = persuasive[q];
            }
        }
    }

    // a higher court's decision outweighs a lower one's; among equals, the later
    private static boolean outweighs(Authority a, Authority b) {
        int ra = a.rank() == Authority.Rank.CASE_US_SUPREME_COURT ? 0 : a.rank() == Authority.Rank.CASE_STATE_OTHER ? 2 : 1;
        int rb = b.rank() == Authority.Rank.CASE_US_SUPREME_COURT ? 0 : b.rank() == Authority.Rank.CASE_STATE_OTHER ? 2 : 1;
        return ra != rb ? ra < rb : a.date().isAfter(b.date());
    }

    /** What the rules see of a scenario, given the predicates rules read for its actor and action. */
    public FactSet factSet(Context c, Actor actor, Action action, int[] relevant) {
        byte[] states = new byte[relevant.length];
        for (int i = 0; i < relevant.length; i++) {
            Value v = c.value(relevant[i]);
            Holds h = v.holds();
            states[i] = h == Holds.YES ? v.restsOnPresumption() ? FactSet.PRESUMED_YES : FactSet.YES
                    : h == Holds.NO ? v.restsOnPresumption() ? FactSet.PRESUMED_NO : FactSet.NO : FactSet.OPEN;
        }
        return new FactSet(actor, action, relevant, states);
    }

    /**
     * Everything the rules can see of a scenario, and nothing else: the actor, the action, and the
     * state of each predicate they read (YES, NO, or open: unknown or unsettled). The rule session is
     * a function of it, so two equal fact sets have the same session result. A value that rests on a
     * presumption is inserted both ways, the presumed side certain and the other not, so that the
     * determination can say what the outcome would be if the presumption were rebutted.
     */
    public static final class FactSet {
        static final byte YES = 1;
        static final byte NO = 2;
        static final byte OPEN = 3;
        static final byte PRESUMED_YES = 4;
        static final byte PRESUMED_NO = 5;

        private final Actor actor;
        private final Action action;
        private final int[] predicates;
        private final byte[] states;
        private final int hash;

        FactSet(Actor actor, Action action, int[] predicates, byte[] states) {
            this.actor = actor;
            this.action = action;
            this.predicates = predicates;
            this.states = states;
            this.hash = (actor.ordinal() * 31 + action.ordinal()) * 31 + Arrays.hashCode(states);
        }

        /** Every predicate open in both directions, as the relevance probe asks. */
        public static FactSet allOpen(Actor actor, Action action) {
            int n = Predicates.definitions().size();
            int[] all = new int[n];
            byte[] open = new byte[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
                open[i] = OPEN;
            }
            return new FactSet(actor, action, all, open);
        }

        /** The rule facts, freshly made: facts are inserted into one session at a time. */
        public List<Object> facts() {
            List<Object> out = new ArrayList<>(1 + 2 * predicates.length);
            out.add(new Situation(actor, action));
            for (int i = 0; i < predicates.length; i++) {
                Definition d = Predicates.definitions().get(predicates[i]);
                byte s = states[i];
                if (s != NO) {
                    out.add(s == PRESUMED_YES ? Is.presumed(d.id(), d.index()) : new Is(d.id(), d.index(), s == YES));
                }
                if (s != YES) {
                    out.add(s == PRESUMED_NO ? IsNot.presumed(d.id(), d.index()) : new IsNot(d.id(), d.index(), s == NO));
                }
            }
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FactSet f && f.hash == hash && f.actor == actor && f.action == action
                    && Arrays.equals(f.predicates, predicates) && Arrays.equals(f.states, states);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
