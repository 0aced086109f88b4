/**
 * The facts the rules see and derive: the {@link io.lexfed.internal.facts.Situation} (who proposes
 * to do what), the predicates' values as {@link io.lexfed.internal.facts.Is} and
 * {@link io.lexfed.internal.facts.IsNot} literals, and what rules derive from them (conclusions,
 * exposure, notes). No fact mirrors a scenario record: the rules read the law's predicates, never
 * the scenario itself.
 */
package io.lexfed.internal.facts;
