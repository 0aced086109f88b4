package io.lexfed.baseline;

import static io.lexfed.determination.Outcome.CONDITIONAL;
import static io.lexfed.determination.Outcome.PERMITTED;
import static io.lexfed.determination.Outcome.PROHIBITED;
import static io.lexfed.determination.Outcome.REQUIRED;
import static io.lexfed.determination.Outcome.UNSETTLED;

import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.resolution.Resolver;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Agreement287g;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.FederalActionKind;
import io.lexfed.scenario.Model287g;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The limit LexFed measures itself against: three doctrines — Supremacy Clause immunity (arresting
 * a federal agent), detainers, and 287(g) scope (civil immigration arrests) — written by hand in
 * plain Java, with the same knowledge base and the same conflict resolution, but no rule engine,
 * and returning only the outcome (no reasons or citations). {@code BaselineEquivalenceTest} keeps
 * it giving LexFed's outcomes on the suite's scenarios of those three actions.
 */
public final class HandWrittenEvaluator {
    /** The actions the baseline covers. */
    public static final Set<Action> ACTIONS = EnumSet.of(Action.ARREST_FEDERAL_AGENT, Action.HONOR_DETAINER, Action.CIVIL_IMMIGRATION_ARREST);

    private enum H { YES, NO, UNKNOWN, UNSETTLED }

    private final KnowledgeBase knowledge;

    public HandWrittenEvaluator(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Outcome outcome(Scenario given) {
        LocalDate asOf = given.date() != null ? given.date() : LocalDate.now();
        Scenario s = knowledge.complete(given, asOf).scenario();
        List<Conclusion> c = new ArrayList<>();
        switch (s.action()) {
            case ARREST_FEDERAL_AGENT -> arrestOfAgent(s, c);
            case HONOR_DETAINER -> detainer(s, c);
            case CIVIL_IMMIGRATION_ARREST -> civilArrest(s, c);
            default -> throw new IllegalArgumentException("the baseline covers only " + ACTIONS);
        }
        Outcome o = Resolver.resolve(c).outcome();
        return o == null ? UNSETTLED : o;
    }

    private static void arrestOfAgent(Scenario s, List<Conclusion> c) {
        FederalAction f = s.federalAction();
        H authority = authority(f);
        if (authority == H.YES) {
            c.add(firm(Layer.CONSTITUTION, PROHIBITED));
        }
        if (!s.actor().isGovernmental()) {
            return;
        }
        if (authority == H.NO && f.stateCrimeAlleged() == Truth.YES) {
            c.add(firm(Layer.STATE_LAW, PERMITTED));
        }
        if (authority == H.UNKNOWN) {
            c.add(open(Layer.CONSTITUTION, CONDITIONAL, false, PERMITTED, PROHIBITED));
        }
        if (authority == H.UNSETTLED) {
            c.add(open(Layer.CONSTITUTION, UNSETTLED, false, PERMITTED, PROHIBITED));
        }
        if (f.stateCrimeAlleged() == Truth.NO) {
            c.add(firm(Layer.CONSTITUTION, PROHIBITED));
        }
        if (f.stateCrimeAlleged() == Truth.UNKNOWN) {
            c.add(open(Layer.STATE_LAW, CONDITIONAL, false, PERMITTED, PROHIBITED));
        }
    }

    // In re Neagle: a federal duty, a lawful basis, no more force than necessary and proper.
    private static H authority(FederalAction f) {
        if (f.withinFederalAuthority() != Truth.UNKNOWN) {
            return of(f.withinFederalAuthority());
        }
        H duty = f.connectedToFederalDuty() == Truth.NO ? H.NO
                : f.connectedToFederalDuty() == Truth.YES || f.kind() != FederalActionKind.UNKNOWN ? H.YES : H.UNKNOWN;
        H force = f.forceObjectivelyReasonable() == Truth.NO ? H.NO
                : f.forceUsed() == Truth.NO || f.forceObjectivelyReasonable() == Truth.YES ? H.YES : H.UNKNOWN;
        List<H> elements = List.of(duty, basis(f), force);
        if (elements.contains(H.NO)) {
            return H.NO;
        }
        if (elements.contains(H.UNSETTLED)) {
            return H.UNSETTLED;
        }
        return elements.stream().allMatch(e -> e == H.YES) ? H.YES : H.UNKNOWN;
    }

    private static H basis(FederalAction f) {
        FederalActionKind k = f.kind();
        if (k == FederalActionKind.DETAINER_REQUEST || k == FederalActionKind.INFORMATION_REQUEST) {
            return H.YES;
        }
        if (k == FederalActionKind.UNKNOWN) {
            return H.UNKNOWN;
        }
        Truth home = f.place() == Place.UNKNOWN ? Truth.UNKNOWN
                : f.place() != Place.PRIVATE_HOME || f.consentToEntry() == Truth.YES || f.exigency() == Truth.YES ? Truth.NO
                : f.consentToEntry() == Truth.NO && f.exigency() == Truth.NO ? Truth.YES : Truth.UNKNOWN;
        Warrant w = f.warrant();
        boolean memo = f.homeEntryMemoInvoked() == Truth.YES;
        List<H> found = new ArrayList<>();
        if (w == Warrant.JUDICIAL || (w == Warrant.ADMINISTRATIVE && home == Truth.NO)) {
            found.add(H.YES);
        }
        if (home == Truth.YES && (w == Warrant.NONE || (w == Warrant.ADMINISTRATIVE && !memo))) {
            found.add(H.NO);
        }
        if (home == Truth.YES && w == Warrant.ADMINISTRATIVE && memo) {
            found.add(H.UNSETTLED);
        }
        if (k == FederalActionKind.CIVIL_ARREST && w == Warrant.NONE) {
            if (f.reasonToBelieve() == Truth.YES && f.likelyToEscape() == Truth.YES && home == Truth.NO) {
                found.add(H.YES);
            }
            if (f.reasonToBelieve() == Truth.NO || f.likelyToEscape() == Truth.NO) {
                found.add(H.NO);
            }
        }
        if (k == FederalActionKind.CRIMINAL_ARREST && w == Warrant.NONE && f.reasonToBelieve() != Truth.UNKNOWN && home == Truth.NO) {
            found.add(of(f.reasonToBelieve()));
        }
        return found.contains(H.NO) ? H.NO : found.contains(H.UNSETTLED) ? H.UNSETTLED : found.contains(H.YES) ? H.YES : H.UNKNOWN;
    }

    private void detainer(Scenario s, List<Conclusion> c) {
        if (!s.actor().isGovernmental()) {
            return;
        }
        Integer hours = s.detainer().hoursPastRelease();
        if (hours == null || hours <= 48) {
            c.add(firm(Layer.FEDERAL_REGULATION, PERMITTED));
        } else {
            c.add(firm(Layer.FEDERAL_REGULATION, PROHIBITED));
        }
        Truth cause = s.detainer().warrant() == Warrant.JUDICIAL ? Truth.YES : s.detainer().probableCauseShown();
        if (cause == Truth.NO) {
            c.add(firm(Layer.CONSTITUTION, PROHIBITED));
        } else if (cause == Truth.UNKNOWN) {
            c.add(open(Layer.CONSTITUTION, CONDITIONAL, true, PROHIBITED));
        }
        StateLaw law = s.stateLaw();
        boolean extra = s.detainer().warrant() == Warrant.JUDICIAL || law.mandatesDetainers() == Truth.YES;
        stateAuthority(s, function(s), extra, c);
        limits(law.limitsDetainers(), s.localPolicy().limitsDetainers(), s, c);
        if (law.mandatesDetainers() == Truth.YES) {
            c.add(firm(Layer.STATE_LAW, REQUIRED));
        } else if (law.mandatesDetainers() == Truth.UNKNOWN) {
            c.add(open(Layer.STATE_LAW, CONDITIONAL, true, REQUIRED));
        }
    }

    private void civilArrest(Scenario s, List<Conclusion> c) {
        Truth asked = s.federalAction().iceRequestedAssistance();
        if (!s.actor().isGovernmental()) {
            if (asked == Truth.NO) {
                c.add(firm(Layer.FEDERAL_STATUTE, PROHIBITED));
            } else if (asked == Truth.UNKNOWN) {
                c.add(open(Layer.FEDERAL_STATUTE, CONDITIONAL, true, PROHIBITED));
            }
            return;
        }
        H function = function(s);
        if (function == H.YES) {
            c.add(firm(Layer.FEDERAL_STATUTE, PERMITTED));
        } else if (function == H.NO) {
            if (asked == Truth.NO) {
                c.add(firm(Layer.CONSTITUTION, PROHIBITED));
            } else if (asked == Truth.YES) {
                c.add(firm(Layer.FEDERAL_STATUTE, PERMITTED));
            } else {
                c.add(open(Layer.CONSTITUTION, CONDITIONAL, false, PERMITTED, PROHIBITED));
            }
        } else {
            c.add(open(Layer.FEDERAL_STATUTE, CONDITIONAL, false, PERMITTED, PROHIBITED));
        }
        stateAuthority(s, function, false, c);
        limits(s.stateLaw().limitsAssistance(), s.localPolicy().limitsAssistance(), s, c);
        if (s.federalAction().place() == Place.COURTHOUSE) {
            limits(s.stateLaw().limitsCourthouseArrests(), s.localPolicy().limitsCourthouseArrests(), s, c);
        }
    }

    // Lunn: the power to arrest or hold comes from state law, a judge's warrant, a mandate, or 287(g).
    private static void stateAuthority(Scenario s, H function, boolean otherwiseAuthorized, List<Conclusion> c) {
        Truth law = s.stateLaw().authorizesCivilImmigrationArrests();
        if (otherwiseAuthorized || law == Truth.YES || function == H.YES) {
            return;
        }
        if (law == Truth.NO && function != H.UNKNOWN) {
            c.add(firm(Layer.STATE_LAW, PROHIBITED));
        } else {
            c.add(open(Layer.STATE_LAW, CONDITIONAL, true, PROHIBITED));
        }
    }

    // 8 U.S.C. 1357(g): a trained officer, under ICE supervision, doing what the agreement covers.
    private static H function(Scenario s) {
        Agreement287g g = s.agreement287g();
        if (g.model() == Model287g.NONE) {
            return H.NO;
        }
        boolean jailModel = g.model() == Model287g.JAIL_ENFORCEMENT || g.model() == Model287g.WARRANT_SERVICE_OFFICER;
        Place place = s.federalAction().place();
        if (s.action() == Action.CIVIL_IMMIGRATION_ARREST && jailModel && place != Place.JAIL_OR_CUSTODY && place != Place.UNKNOWN) {
            return H.NO;
        }
        boolean agreement = g.model() != Model287g.UNKNOWN;
        if (agreement && (g.officerTrained() == Truth.NO || g.iceSupervision() == Truth.NO || g.functionWithinAgreement() == Truth.NO)) {
            return H.NO;
        }
        if (agreement && g.officerTrained() == Truth.YES && g.iceSupervision() == Truth.YES && g.functionWithinAgreement() == Truth.YES) {
            return H.YES;
        }
        return H.UNKNOWN;
    }

    // A state's limits bind its officers and its localities'; a locality's bind its own.
    private static void limits(Truth state, Truth local, Scenario s, List<Conclusion> c) {
        limit(state, Layer.STATE_LAW, c);
        if (s.actor().isLocal()) {
            limit(local, Layer.LOCAL_LAW, c);
        }
    }

    private static void limit(Truth t, Layer layer, List<Conclusion> c) {
        if (t == Truth.YES) {
            c.add(firm(layer, PROHIBITED));
        } else if (t == Truth.UNKNOWN) {
            c.add(open(layer, CONDITIONAL, true, PROHIBITED));
        }
    }

    private static H of(Truth t) {
        return t == Truth.YES ? H.YES : t == Truth.NO ? H.NO : H.UNKNOWN;
    }

    private static Conclusion firm(Layer layer, Outcome o) {
        return new Conclusion("baseline/" + layer + "-" + o, layer, o, Set.of(), false, "", List.of());
    }

    private static Conclusion open(Layer layer, Outcome kind, boolean mayBeSilent, Outcome... possible) {
        EnumSet<Outcome> alternatives = EnumSet.of(possible[0], possible);
        return new Conclusion("baseline/" + layer + "-" + kind + alternatives, layer, kind, alternatives, false, mayBeSilent, "", List.of());
    }
}
