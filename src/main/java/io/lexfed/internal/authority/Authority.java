package io.lexfed.internal.authority;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One entry of the authorities registry ({@code rules/authorities.yaml}). A court decision also says
 * where it can bind: its {@code circuit} (a federal court's: "1" to "11" or "DC"; a state court's
 * state is its {@code jurisdiction}), whether it is {@code precedential} (binds other courts: a
 * published opinion of an appellate or supreme court; absent, taken from the rank), and the day it was
 * {@code vacated}, after which it is no authority at all.
 */
public record Authority(String id, String citation, String title, Kind kind, Rank rank, String jurisdiction, LocalDate date,
                        String url, LocalDate inForceFrom, LocalDate inForceUntil, String holding, String verified,
                        String status, String note, Boolean context, String circuit, Boolean precedential, LocalDate vacated) {

    /** What sort of source it is. */
    public enum Kind { CONSTITUTION, STATUTE, REGULATION, EXECUTIVE_ORDER, AGENCY_GUIDANCE, CASE, AGREEMENT, BALLOT_MEASURE, COMMENTARY }

    /** Its rank among sources, highest first; cases by court level after enacted law. */
    public enum Rank {
        CONSTITUTION, FEDERAL_STATUTE, FEDERAL_REGULATION, AGENCY_GUIDANCE, STATE_CONSTITUTION, STATE_STATUTE, LOCAL_LAW,
        AGREEMENT, CASE_US_SUPREME_COURT, CASE_FEDERAL_APPEALS, CASE_FEDERAL_DISTRICT, CASE_STATE_HIGHEST, CASE_STATE_OTHER,
        SECONDARY
    }

    // compiled once: String.matches would compile it again for every entry loaded
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Authority {
        require(id, "id");
        require(citation, "citation");
        require(kind, "kind");
        require(rank, "rank");
        require(jurisdiction, "jurisdiction");
        require(verified, "verified");
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("authority id '" + id + "' is not kebab-case");
        }
        if (inForceFrom != null && inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            throw new IllegalArgumentException("authority " + id + " ends before it begins");
        }
        boolean federalCourt = rank == Rank.CASE_FEDERAL_APPEALS || rank == Rank.CASE_FEDERAL_DISTRICT;
        if (federalCourt != (circuit != null)) {
            throw new IllegalArgumentException("authority " + id + (federalCourt ? " is a federal court's decision without a circuit"
                    : " has a circuit but is not a federal court's decision"));
        }
        if (circuit != null && !Circuits.isCircuit(circuit)) {
            throw new IllegalArgumentException("authority " + id + " names unknown circuit " + circuit);
        }
        if ((precedential != null || vacated != null) && kind != Kind.CASE) {
            throw new IllegalArgumentException("authority " + id + " is not a case but says whether it is precedential or vacated");
        }
        if (vacated != null && date != null && vacated.isBefore(date)) {
            throw new IllegalArgumentException("authority " + id + " is vacated before it was decided");
        }
    }

    /** How a court decision weighs for events in a state on a day. */
    public enum Precedent {
        /** It binds the courts of that place on that day: the Supreme Court's; the circuit's; the state's own appellate courts'. */
        BINDING,
        /** It decided the question, but binds no court there: another circuit's or state's, or a trial court's. */
        PERSUASIVE,
        /** It was not yet decided on the day the question is asked, or had been vacated. */
        NONE
    }

    /**
     * How this decision weighs for events in {@code state} (null if not known), as the courts' decisions
     * stood on {@code askedOn} (null: every decision the registry knows); null for an authority that is
     * not a court decision. The events' day does not limit it: a court's reading of a law states what
     * the law meant before the decision as well as after (Rivers v. Roadway Express, 511 U.S. 298,
     * 312-13 (1994)), so a ruling decided after the events answers for them. A vacated decision weighs
     * nothing once vacated.
     */
    public Precedent precedentIn(String state, LocalDate askedOn) {
        if (kind != Kind.CASE) {
            return null;
        }
        if (date == null || askedOn != null && askedOn.isBefore(date) || vacated != null && (askedOn == null || !askedOn.isBefore(vacated))) {
            return Precedent.NONE;
        }
        boolean binds = switch (rank) {
            case CASE_US_SUPREME_COURT -> true;
            case CASE_FEDERAL_APPEALS -> isPrecedential() && state != null && circuit.equals(Circuits.of(state));
            case CASE_STATE_HIGHEST, CASE_STATE_OTHER -> isPrecedential() && jurisdiction.equals(state);
            default -> false;
        };
        return binds ? Precedent.BINDING : Precedent.PERSUASIVE;
    }

    /** Whether the decision binds other courts at all: as the registry says, else by its court's rank. */
    public boolean isPrecedential() {
        if (precedential != null) {
            return precedential;
        }
        return rank == Rank.CASE_US_SUPREME_COURT || rank == Rank.CASE_FEDERAL_APPEALS || rank == Rank.CASE_STATE_HIGHEST;
    }

    private static void require(Object v, String field) {
        if (v == null || (v instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("authority entry lacks '" + field + "'");
        }
    }

    /** Whether it is kept for background only, cited by no rule or provision. */
    public boolean isContext() {
        return Boolean.TRUE.equals(context);
    }

    /** Whether it was in force on {@code day}: from its start (inclusive) until its end (exclusive). */
    public boolean inForceOn(LocalDate day) {
        return (inForceFrom == null || !day.isBefore(inForceFrom)) && (inForceUntil == null || day.isBefore(inForceUntil));
    }
}
