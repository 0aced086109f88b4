package io.lexfed.determination;

import java.util.List;

/**
 * Context that informs but never decides: the guidance in force on the date, the competing
 * perspectives in the debate, procedural notes such as removal to federal court.
 */
public record ContextNote(String rule, String doctrine, String analysis, String statement, List<String> authorities) {
    public ContextNote {
        authorities = List.copyOf(authorities);
    }
}
