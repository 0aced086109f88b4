package io.lexfed.internal.facts;

/**
 * A fact that stands for one node of the argument map: a part of the scenario, or the predicate a
 * finding states. Derivations record the nodes of the facts they matched as their basis.
 */
public interface ArgumentNode {
    /** The node's id, e.g. {@code fact:detainer} or {@code predicate:STATE_LIMIT=YES}. */
    String node();
}
