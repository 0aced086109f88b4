package io.lexfed.determination;

import java.util.List;

/**
 * A presumption the law makes that the determination relied on, stated where a fact it stands in for
 * was not given: its id (as {@code rules/predicates/} names it), the facts it stands in for (JSON
 * paths), what it presumes them to show (YES or NO; UNSETTLED where the law takes a question a
 * pending challenge disputes to be for the court), the statement, its authorities, and the outcome
 * if it is rebutted. LexFed fills no other unknown fact.
 *
 * @param id the presumption's id
 * @param facts the facts it stands in for
 * @param presumed what it presumes (YES, NO or UNSETTLED)
 * @param statement the presumption in plain English
 * @param authorities the authorities it rests on
 * @param ifRebutted the outcome if the facts turn out otherwise
 */
public record Presumption(String id, List<String> facts, String presumed, String statement, List<String> authorities,
                          Outcome ifRebutted) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param id the presumption's id
     * @param facts the facts it stands in for
     * @param presumed what it presumes (YES, NO or UNSETTLED)
     * @param statement the presumption in plain English
     * @param authorities the authorities it rests on
     * @param ifRebutted the outcome if the facts turn out otherwise
     */
    public Presumption {
        facts = List.copyOf(facts);
        authorities = List.copyOf(authorities);
    }
}
