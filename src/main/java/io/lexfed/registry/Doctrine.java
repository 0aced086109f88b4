package io.lexfed.registry;

import java.util.List;

/**
 * One doctrine of the doctrines registry ({@code rules/doctrines.yaml}): a body of law whose rules
 * are in {@code rules/doctrines/<id>.drl}.
 *
 * @param id the doctrine's id, e.g. {@code detainers}; every rule's id starts with it
 * @param title its title
 * @param sections the sections of the analysis ({@code docs/analysis.md}) it formalises
 * @param summary what it covers, in plain language
 */
public record Doctrine(String id, String title, List<String> sections, String summary) {
    /**
     * Copies the list, so the record is immutable.
     *
     * @param id the doctrine's id, e.g. {@code detainers}; every rule's id starts with it
     * @param title its title
     * @param sections the sections of the analysis ({@code docs/analysis.md}) it formalises
     * @param summary what it covers, in plain language
     */
    public Doctrine {
        sections = List.copyOf(sections);
    }
}
