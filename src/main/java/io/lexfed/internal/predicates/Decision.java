package io.lexfed.internal.predicates;

/**
 * A court decision that answers a contested question where and when it binds ({@code decidedBy} in
 * {@code rules/predicates/}): the question (by index), the registry id of the decision, what it
 * holds, and, for a question of one state's law, the state it decides it for (null for a question of
 * federal law, which any court's decision may persuade on). A decision {@code persuasiveOnly} read the
 * law on other facts: it counts toward a split of persuasive authority but decides the question
 * nowhere, not even where it binds.
 */
public record Decision(int question, String authority, boolean holds, String state, boolean persuasiveOnly) {
}
