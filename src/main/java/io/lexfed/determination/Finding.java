package io.lexfed.determination;

import java.util.List;

/**
 * A legal predicate derived from the facts before any doctrine concludes, e.g. "the agent acted
 * within federal authority: NO". {@code value} is YES, NO, UNKNOWN or UNSETTLED; an UNKNOWN
 * finding names the facts it waits on in {@code missingFacts}; {@code basis} lists the scenario parts
 * and predicates it was derived from.
 */
public record Finding(String predicate, String value, String rule, String doctrine, String analysis, String statement,
                      List<String> authorities, List<String> missingFacts, List<String> basis) {
    public Finding {
        basis = List.copyOf(basis);
        authorities = List.copyOf(authorities);
        missingFacts = List.copyOf(missingFacts);
    }
}
