package io.lexfed.determination;

import java.util.List;

/**
 * A legal risk the actor runs by taking the action, with the rule and authorities behind it, and
 * the predicate values it depends on that the facts given do not settle ({@code conditions}: the
 * risk exists if they turn out so).
 *
 * @param kind criminal, civil or administrative
 * @param statement the risk
 * @param rule the rule's id
 * @param authorities the authorities it rests on
 * @param conditions the unsettled predicate values it depends on; empty when it holds as given
 */
public record Exposure(ExposureKind kind, String statement, String rule, List<String> authorities, List<PredicateValue> conditions) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param kind criminal, civil or administrative
     * @param statement the risk
     * @param rule the rule's id
     * @param authorities the authorities it rests on
     * @param conditions the unsettled predicate values it depends on; empty when it holds as given
     */
    public Exposure {
        authorities = List.copyOf(authorities);
        conditions = List.copyOf(conditions);
    }
}
