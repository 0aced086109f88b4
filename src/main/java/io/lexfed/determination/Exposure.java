package io.lexfed.determination;

import java.util.List;

/** A legal risk the actor runs by taking the action, with the rule and authorities behind it. */
public record Exposure(ExposureKind kind, String statement, String rule, List<String> authorities) {
    public Exposure {
        authorities = List.copyOf(authorities);
    }
}
