package io.lexfed.internal.kie;

import java.util.List;

/** A rule's id and provenance, read from its {@code @doctrine}, {@code @analysis} and {@code @cites} metadata. */
public record RuleInfo(String name, String doctrine, String analysis, List<String> cites, String file) {
    public RuleInfo {
        cites = List.copyOf(cites);
    }
}
