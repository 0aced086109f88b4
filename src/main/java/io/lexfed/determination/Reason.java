package io.lexfed.determination;

import java.util.List;

/**
 * One conclusion a rule reached: the rule's id, its doctrine, the section of the source analysis
 * it encodes, the layer of law, what it concluded, a plain-English statement, the ids of the
 * authorities it rests on (resolved in {@link Determination#citations()}), and its basis: the
 * scenario parts ({@code fact:…}) and predicates ({@code predicate:…}) the rule matched.
 */
public record Reason(String rule, String doctrine, String analysis, Layer layer, Outcome outcome, String statement,
                     List<String> authorities, List<String> basis) {
    public Reason {
        authorities = List.copyOf(authorities);
        basis = List.copyOf(basis);
    }
}
