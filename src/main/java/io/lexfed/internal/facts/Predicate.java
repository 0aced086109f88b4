package io.lexfed.internal.facts;

/**
 * The legal predicates raw facts are classified into before any doctrine concludes. Element
 * predicates (duty connection, arrest basis, reasonable force) feed the agent-authority test.
 */
public enum Predicate {
    DUTY_CONNECTION,
    ARREST_BASIS,
    FORCE_REASONABLE,
    AGENT_WITHIN_AUTHORITY,
    DETAINER_PROBABLE_CAUSE,
    STATE_ARREST_AUTHORITY,
    FUNCTION_WITHIN_287G,
    INFO_WITHIN_1373,
    STATE_LIMIT,
    LOCAL_LIMIT,
    STATE_MANDATE,
    STATE_BAN_ON_SANCTUARY_POLICY
}
