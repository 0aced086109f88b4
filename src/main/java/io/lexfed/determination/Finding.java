package io.lexfed.determination;

import java.util.List;

/**
 * A legal predicate as LexFed found it, computed from its elements before any doctrine concludes:
 * e.g. "the agent acted within federal authority: NO". {@code value} is YES, NO, UNKNOWN (a fact it
 * turns on is not given; {@code missingFacts} names them) or UNSETTLED (it turns on a question
 * nothing binding decides; {@code contested} names it); where the courts answered such a question
 * where and when the events happened, {@code decidedBy} names the decisions. {@code facts} lists the facts it reads
 * itself, {@code basis} the predicates it is defined from; {@code presumptions} and {@code exceptions} the presumptions and exceptions that
 * shaped its value; {@code asserted} says the user's assertion supplied it, the elements leaving it
 * unknown.
 *
 * @param predicate the predicate's id, as rules and {@code rules/predicates/} name it
 * @param value YES, NO, UNKNOWN or UNSETTLED
 * @param doctrine the doctrine that defines it
 * @param analysis the section of the source analysis
 * @param statement the finding in plain English
 * @param authorities the authorities it rests on
 * @param missingFacts the facts an UNKNOWN value waits on, as JSON paths
 * @param facts the facts it reads itself, as JSON paths
 * @param basis the predicates it is defined from
 * @param presumptions the presumptions (ids) that supplied part of it
 * @param exceptions the exceptions (ids) that applied
 * @param contested the contested questions (ids) it turns on
 * @param decidedBy the court decisions (registry ids) that answered a contested question it turns on
 *     there and then: one that binds, or persuasive ones that agree (see each citation's {@code precedent})
 * @param asserted whether the user's assertion supplied the value
 */
public record Finding(String predicate, String value, String doctrine, String analysis, String statement, List<String> authorities,
                      List<String> missingFacts, List<String> facts, List<String> basis, List<String> presumptions, List<String> exceptions,
                      List<String> contested, List<String> decidedBy, boolean asserted) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param predicate the predicate's id, as rules and {@code rules/predicates/} name it
     * @param value YES, NO, UNKNOWN or UNSETTLED
     * @param doctrine the doctrine that defines it
     * @param analysis the section of the source analysis
     * @param statement the finding in plain English
     * @param authorities the authorities it rests on
     * @param missingFacts the facts an UNKNOWN value waits on, as JSON paths
     * @param facts the facts it reads itself, as JSON paths
     * @param basis the predicates it is defined from
     * @param presumptions the presumptions (ids) that supplied part of it
     * @param exceptions the exceptions (ids) that applied
     * @param contested the contested questions (ids) it turns on
     * @param decidedBy the court decisions (registry ids) that answered a contested question it turns on there and
     *     then: one that binds, or persuasive ones that agree (see each citation's {@code precedent})
     * @param asserted whether the user's assertion supplied the value
     */
    public Finding {
        authorities = List.copyOf(authorities);
        missingFacts = List.copyOf(missingFacts);
        facts = List.copyOf(facts);
        basis = List.copyOf(basis);
        presumptions = List.copyOf(presumptions);
        exceptions = List.copyOf(exceptions);
        contested = List.copyOf(contested);
        decidedBy = List.copyOf(decidedBy);
    }
}
