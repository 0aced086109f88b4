package io.lexfed.internal.jurisdiction;

/** What a provision of state law or local policy does, and so which scenario fact it sets. */
public enum ProvisionKind {
    LIMITS_DETAINERS("limitsDetainers"),
    LIMITS_ASSISTANCE("limitsAssistance"),
    LIMITS_INFORMATION_SHARING("limitsInformationSharing"),
    LIMITS_COURTHOUSE_ARRESTS("limitsCourthouseArrests"),
    BANS_287G("bans287g"),
    MANDATES_DETAINERS("mandatesDetainers"),
    MANDATES_COOPERATION("mandatesCooperation"),
    FORBIDS_LIMITS_ON_COOPERATION("forbidsLimitsOnCooperation"),
    MANDATES_287G("mandates287g"),
    BANS_SANCTUARY_POLICIES("bansSanctuaryPolicies"),
    PENALIZES_OFFICIALS("penalizesOfficials"),
    GRANTS_CIVIL_ARREST_AUTHORITY("authorizesCivilImmigrationArrests"),
    DENIES_CIVIL_ARREST_AUTHORITY("authorizesCivilImmigrationArrests"),
    STATE_IMMIGRATION_CRIME("immigrationCrime"),
    REGULATES_FEDERAL_AGENTS(null),
    /** Context only: a mandate to verify immigration status, which no action of the vocabulary is. */
    STATUS_CHECKS(null);

    private final String field;

    ProvisionKind(String field) {
        this.field = field;
    }

    /** The scenario field it sets under {@code stateLaw} or {@code localPolicy}; null for context-only kinds. */
    public String field() {
        return field;
    }

    /** The kinds a local policy may have. */
    public boolean isLocal() {
        return this == LIMITS_DETAINERS || this == LIMITS_ASSISTANCE || this == LIMITS_INFORMATION_SHARING
                || this == LIMITS_COURTHOUSE_ARRESTS || this == BANS_287G;
    }
}
