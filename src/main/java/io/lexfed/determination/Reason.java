package io.lexfed.determination;

import java.util.List;

/**
 * One conclusion a rule reached: the rule's id, its doctrine, the section of the source analysis
 * it encodes, the layer of law, what it concluded, a plain-English statement, the ids of the
 * authorities it rests on (resolved in {@link Determination#citations()}), its basis (the
 * predicates the rule read, as {@code predicate=YES} or {@code predicate=NO}) and its conditions:
 * the part of its basis that the facts given do not settle, on which it holds only if they turn out
 * so (empty when it holds on the facts as given).
 *
 * @param rule the rule's id
 * @param doctrine the rule's doctrine
 * @param analysis the section of the source analysis it encodes
 * @param layer the layer of law it speaks for
 * @param outcome what it concluded
 * @param statement the conclusion in plain English
 * @param authorities the authorities it rests on
 * @param basis the predicates it read, each with the value it read
 * @param conditions the values it read that are not settled, on which it depends
 */
public record Reason(String rule, String doctrine, String analysis, Layer layer, Outcome outcome, String statement,
                     List<String> authorities, List<PredicateValue> basis, List<PredicateValue> conditions) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param rule the rule's id
     * @param doctrine the rule's doctrine
     * @param analysis the section of the source analysis it encodes
     * @param layer the layer of law it speaks for
     * @param outcome what it concluded
     * @param statement the conclusion in plain English
     * @param authorities the authorities it rests on
     * @param basis the predicates it read, each with the value it read
     * @param conditions the values it read that are not settled, on which it depends
     */
    public Reason {
        authorities = List.copyOf(authorities);
        basis = List.copyOf(basis);
        conditions = List.copyOf(conditions);
    }
}
