package io.lexfed.internal.explain;

import io.lexfed.determination.Exposure;
import io.lexfed.determination.ExposureKind;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Reason;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Plain-English wording of the question and the summary paragraph. */
final class Phrases {
    private static final String[] KIND_NAMES = Arrays.stream(ExposureKind.values())
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private Phrases() {
    }

    static String actor(Actor a) {
        return switch (a) {
            case LOCAL_POLICE -> "local police";
            case SHERIFF_OR_JAIL -> "a sheriff or jail";
            case STATE_POLICE -> "state police";
            case LOCAL_OFFICIAL -> "a local official";
            case STATE_OFFICIAL -> "a state official";
            case JUDGE_OR_COURT_STAFF -> "a judge or court staff";
            case PRIVATE_PERSON -> "a private person";
        };
    }

    static String action(Action a) {
        return switch (a) {
            case DECLINE_TO_ASSIST -> "decline to assist federal immigration enforcement";
            case ASSIST_ENFORCEMENT -> "assist a federal immigration enforcement operation";
            case CIVIL_IMMIGRATION_ARREST -> "make a civil immigration arrest";
            case CRIMINAL_IMMIGRATION_ARREST -> "stop or arrest a person for a federal immigration crime";
            case HONOR_DETAINER -> "hold a person past release on an immigration detainer";
            case DECLINE_DETAINER -> "decline an immigration detainer";
            case SHARE_INFORMATION -> "share information with federal immigration agents";
            case WITHHOLD_INFORMATION -> "withhold information from federal immigration agents";
            case PROLONG_STOP_FOR_STATUS -> "prolong a stop to check immigration status";
            case PHYSICALLY_OBSTRUCT -> "physically obstruct a federal immigration arrest";
            case CONCEAL_OR_WARN -> "conceal, warn or help the person federal agents seek";
            case TRANSPORT_THE_PERSON -> "drive or carry a person unlawfully present";
            case ANSWER_AGENTS -> "answer, or decline to answer, federal agents' questions about the person they seek";
            case ARREST_FEDERAL_AGENT -> "arrest or charge a federal agent for a state crime";
            case KEEP_THE_PEACE -> "keep the peace at the scene of a federal operation";
            case OBSERVE_AND_RECORD -> "observe and record federal agents";
            case ENFORCE_STATE_IMMIGRATION_CRIME -> "arrest or prosecute under a state immigration crime";
            case ENFORCE_GENERAL_STATE_CRIME -> "enforce a generally applicable state crime";
            case ADOPT_SANCTUARY_POLICY -> "adopt a policy limiting cooperation with federal immigration enforcement";
            case ENFORCE_SANCTUARY_POLICY -> "enforce or endorse a policy limiting cooperation with federal immigration enforcement";
            case REGULATE_FEDERAL_AGENTS -> "regulate federal agents' conduct by state or local law";
            case ENTER_287G_AGREEMENT -> "enter a 287(g) agreement";
        };
    }

    static String question(Scenario s, LocalDate asOf) {
        String where = s.jurisdiction().state() == null ? "" : " in " + (s.jurisdiction().locality() == null ? ""
                : s.jurisdiction().locality() + ", ") + s.jurisdiction().state();
        return "May " + actor(s.actor()) + " lawfully " + action(s.action()) + where + " on " + asOf
                + (s.askedOn() == null ? "" : ", as the courts had decided by " + s.askedOn()) + "?";
    }

    static String summary(Scenario s, Outcome outcome, List<Reason> reasons, List<String> open, List<MissingFact> missing,
                          List<Exposure> exposure, int cautions, int unverified, String notice) {
        StringBuilder b = new StringBuilder(1024);
        String who = actor(s.actor());
        b.append(switch (outcome) {
            case REQUIRED -> "REQUIRED: " + who + " must " + action(s.action()) + ".";
            case PERMITTED -> "PERMITTED: " + who + " may " + action(s.action()) + ".";
            case PROHIBITED -> "PROHIBITED: " + who + " may not " + action(s.action()) + ".";
            case CONDITIONAL -> "CONDITIONAL: whether " + who + " may " + action(s.action()) + " turns on facts not given.";
            case UNSETTLED -> "UNSETTLED: the law does not settle whether " + who + " may " + action(s.action()) + ".";
        });
        // lead with a reason that holds as given; failing that, with the question the courts leave open;
        // failing that, with a reason and the condition it waits on
        Reason lead = reasons.stream().filter(r -> r.conditions().isEmpty()).findFirst().orElse(null);
        if (lead != null) {
            b.append(" ").append(lead.statement());
        } else if (!open.isEmpty()) {
            b.append(" ").append(open.get(0));
        } else if (!reasons.isEmpty()) {
            Reason r = reasons.get(0);
            b.append(" If ").append(r.conditions().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(" and ")))
                    .append(": ").append(r.statement());
        }
        if (!missing.isEmpty()) {
            b.append(" It would be decided by: ");
            for (int i = 0; i < missing.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(missing.get(i).fact());
            }
            b.append(".");
        }
        if (!exposure.isEmpty()) {
            b.append(" Exposure: ");
            // each kind once, in the order the exposure lists them
            EnumSet<ExposureKind> named = EnumSet.noneOf(ExposureKind.class);
            for (Exposure e : exposure) {
                if (named.add(e.kind())) {
                    b.append(named.size() == 1 ? "" : ", ").append(KIND_NAMES[e.kind().ordinal()]);
                }
            }
            b.append(".");
        }
        if (unverified > 0) {
            b.append(" Caution: it rests on ").append(unverified == 1 ? "a provision" : unverified + " provisions")
                    .append(" of state or local law not yet verified.");
        }
        // the others (a place the knowledge base does not list, a ruling after the events, an assertion the facts contradict) are only pointed to
        if (cautions > unverified) {
            b.append(" Read it with ").append(cautions - unverified == 1 ? "the caution that comes" : "the " + (cautions - unverified) + " cautions that come")
                    .append(" with it.");
        }
        return b.append(" ").append(notice).toString();
    }
}
