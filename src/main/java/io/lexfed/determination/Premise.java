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
    public enum Source { SCENARIO, KNOWLEDGE_BASE }
}
