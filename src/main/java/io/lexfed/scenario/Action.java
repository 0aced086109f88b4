package io.lexfed.scenario;

/**
 * The action under question, in relation to a federal immigration enforcement action. The
 * list follows the legal model's vocabulary; each constant's Javadoc-free name is its JSON value.
 */
public enum Action {
    DECLINE_TO_ASSIST,
    ASSIST_ENFORCEMENT,
    CIVIL_IMMIGRATION_ARREST,
    HONOR_DETAINER,
    DECLINE_DETAINER,
    SHARE_INFORMATION,
    WITHHOLD_INFORMATION,
    PROLONG_STOP_FOR_STATUS,
    PHYSICALLY_OBSTRUCT,
    CONCEAL_OR_WARN,
    ARREST_FEDERAL_AGENT,
    KEEP_THE_PEACE,
    OBSERVE_AND_RECORD,
    ENFORCE_STATE_IMMIGRATION_CRIME,
    ENFORCE_GENERAL_STATE_CRIME,
    ADOPT_SANCTUARY_POLICY,
    REGULATE_FEDERAL_AGENTS,
    ENTER_287G_AGREEMENT
}
