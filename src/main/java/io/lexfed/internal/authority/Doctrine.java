package io.lexfed.internal.authority;

import java.util.List;

/** One entry of the doctrines registry ({@code rules/doctrines.yaml}). */
public record Doctrine(String id, String title, List<String> sections, String file, String summary, List<String> notFormalised) {
    public Doctrine {
        sections = sections == null ? List.of() : List.copyOf(sections);
        notFormalised = notFormalised == null ? List.of() : List.copyOf(notFormalised);
    }
}
