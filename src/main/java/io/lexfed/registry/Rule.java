package io.lexfed.registry;

import java.util.List;

/**
 * One rule of the rule base, with the metadata the build checks against the registries: the
 * doctrine it belongs to, the section of the analysis it formalises, and the authorities it cites.
 *
 * @param id the rule's id, {@code <doctrine>/<nn>-<name>}, as reasons and {@code rulesFired} name it
 * @param doctrine the id of its doctrine
 * @param analysis the section of the analysis ({@code docs/analysis.md}), {@code 1} to {@code 8}
 * @param authorities the ids of the authorities it cites, in the rule's order
 */
public record Rule(String id, String doctrine, String analysis, List<String> authorities) {
    /**
     * Copies the list, so the record is immutable.
     *
     * @param id the rule's id, {@code <doctrine>/<nn>-<name>}, as reasons and {@code rulesFired} name it
     * @param doctrine the id of its doctrine
     * @param analysis the section of the analysis ({@code docs/analysis.md}), {@code 1} to {@code 8}
     * @param authorities the ids of the authorities it cites, in the rule's order
     */
    public Rule {
        authorities = List.copyOf(authorities);
    }
}
