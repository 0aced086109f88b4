package io.lexfed.determination;

/**
 * A legal premise about state law or local policy the determination rests on: the scenario fact
 * (its JSON path), its value, and where it came from — the scenario itself, or the jurisdiction
 * knowledge base, with the provision id, its authority id and whether the provision is verified.
 * A NO from the knowledge base with no provision means the jurisdiction's file lists every
 * provision of that kind and none was in force on the date.
 */
public record Premise(String fact, String value, Source source, String provision, String authority, Boolean verified) {

    /** Where a premise came from. */
    public enum Source {
        /** The scenario gives the fact, or its shorthand that there is no local policy does. */
        SCENARIO,
        /** The jurisdiction knowledge base: a provision in force on the date, or a file that lists every provision of the kind. */
        KNOWLEDGE_BASE,
        /** The user's assertion that the state has no statewide law, where the knowledge base is silent: a conclusion, not a fact. */
        ASSERTION
    }
}
