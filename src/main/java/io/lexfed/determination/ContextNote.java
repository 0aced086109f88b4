package io.lexfed.determination;

import java.util.List;

/**
 * Context that informs but never decides: the guidance in force on the date, the competing
 * perspectives in the debate, procedural notes such as removal to federal court. {@code conditions}
 * are the predicate values it depends on that the facts given do not settle.
 *
 * @param rule the rule's id
 * @param doctrine the rule's doctrine
 * @param analysis the section of the source analysis it encodes
 * @param statement the note
 * @param authorities the authorities it rests on
 * @param conditions the unsettled predicate values it depends on; empty when it holds as given
 */
public record ContextNote(String rule, String doctrine, String analysis, String statement, List<String> authorities,
                          List<PredicateValue> conditions) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param rule the rule's id
     * @param doctrine the rule's doctrine
     * @param analysis the section of the source analysis it encodes
     * @param statement the note
     * @param authorities the authorities it rests on
     * @param conditions the unsettled predicate values it depends on; empty when it holds as given
     */
    public ContextNote {
        authorities = List.copyOf(authorities);
        conditions = List.copyOf(conditions);
    }
}
