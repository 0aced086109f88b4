package io.lexfed.internal.authority;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** One entry of the authorities registry ({@code rules/authorities.yaml}). */
public record Authority(String id, String citation, String title, Kind kind, Rank rank, String jurisdiction, LocalDate date,
                        String url, LocalDate inForceFrom, LocalDate inForceUntil, String holding, String verified,
                        String status, String note, Boolean context) {

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
