package io.lexfed.internal.authority;

import java.util.List;

/**
 * One entry of the doctrines registry ({@code rules/doctrines.yaml}). Its rules are in
 * {@code rules/doctrines/<id>.drl} and its predicates in {@code rules/predicates/<id>.yaml}.
 */
public record Doctrine(String id, String title, List<String> sections, String summary, List<String> notFormalised) {
    public Doctrine {
        sections = sections == null ? List.of() : List.copyOf(sections);
        notFormalised = notFormalised == null ? List.of() : List.copyOf(notFormalised);
    }

    /** Where its rules are, if it has any. */
    public String rulesFile() {
        return "rules/doctrines/" + id + ".drl";
    }

    /** Where its predicates are, if it has any. */
    public String predicatesFile() {
        return "rules/predicates/" + id + ".yaml";
    }
}
