package io.lexfed.internal.predicates;

import java.util.List;

/**
 * A named element of a predicate that the determination reports on its own: a presumption the law
 * makes, an exception a provision carries, or a legal question nothing binding decides. Each has an
 * id unique in {@code rules/predicates/}, a statement and its authorities; a presumption also lists
 * the facts it stands in for (catalogue indices) and what it presumes its element to be: YES, NO, or
 * UNSETTLED for a question it takes to be before the courts ({@code presumes}; YES for the other kinds).
 */
public record Element(Kind kind, int index, String id, String says, List<String> cites, int[] facts, String presumes) {
    /** What an element is. */
    public enum Kind { PRESUMPTION, EXCEPTION, CONTESTED }

    public Element {
        cites = List.copyOf(cites);
        facts = facts.clone();
    }
}
