package io.lexfed.determination;

import java.util.List;

/**
 * A legal premise about state law or local policy the determination rests on: the scenario fact
 * (its JSON path), its value, and where it came from — the scenario itself, or the jurisdiction
 * knowledge base, with the provision id, its authority id and whether the provision is verified.
 * A NO from the knowledge base with no provision means the jurisdiction's file lists every
 * provision of that kind and none was in force on the date. Where several provisions in force say
 * the same, {@code provision} is the first by id and {@code also} names the others. A fact the scenario
 * gives (source {@code SCENARIO}) names a provision too where the knowledge base holds the same that day.
 *
 * @param fact the scenario fact's JSON path
 * @param value its value
 * @param source where it came from
 * @param provision the knowledge base's provision id, or null
 * @param authority the provision's authority id, or null
 * @param verified whether the provision is verified, or null
 * @param also further provisions in force that say the same; empty for none
 */
public record Premise(String fact, String value, Source source, String provision, String authority, Boolean verified, List<Also> also) {

    /**
     * Replaces an absent list of further provisions with an empty one.
     *
     * @param fact the scenario fact's JSON path
     * @param value its value
     * @param source where it came from
     * @param provision the knowledge base's provision id, or null
     * @param authority the provision's authority id, or null
     * @param verified whether the provision is verified, or null
     * @param also further provisions in force that say the same; empty for none
     */
    public Premise {
        also = also == null ? List.of() : List.copyOf(also);
    }

    /**
     * A premise that rests on one provision, or none.
     *
     * @param fact the scenario fact's JSON path
     * @param value its value
     * @param source where it came from
     * @param provision the knowledge base's provision id, or null
     * @param authority the provision's authority id, or null
     * @param verified whether the provision is verified, or null
     */
    public Premise(String fact, String value, Source source, String provision, String authority, Boolean verified) {
        this(fact, value, source, provision, authority, verified, List.of());
    }

    /**
     * A further provision in force that says the same.
     *
     * @param provision its id in the knowledge base
     * @param authority its authority id
     * @param verified whether it is verified
     */
    public record Also(String provision, String authority, boolean verified) {
    }

    /** Where a premise came from. */
    public enum Source {
        /** The scenario gives the fact, or its shorthand that there is no local policy does (with the provision that says the same, if any). */
        SCENARIO,
        /** The jurisdiction knowledge base: a provision in force on the date, or a file that lists every provision of the kind. */
        KNOWLEDGE_BASE,
        /** The user's assertion that the state has no statewide law, where the knowledge base is silent: a conclusion, not a fact. */
        ASSERTION
    }
}
