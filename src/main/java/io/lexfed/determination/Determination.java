package io.lexfed.determination;

import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;

/**
 * LexFed's answer to one scenario: the outcome, the reasons that carried it, the predicates found
 * on the way, the premises of state and local law with their sources (scenario, knowledge base or
 * assertion), the presumptions the law makes that it relied on, the user's assertions of legal
 * conclusions and what was done with them, the conclusions that were overridden and why, the
 * missing facts that would decide a conditional outcome, the actor's exposure, context notes, every
 * authority cited, cautions (such as a premise resting on an unverified provision), and a summary.
 * {@code schemaVersion}, {@code engineVersion} and {@code rulesFingerprint} say exactly what
 * produced it, so a stored decision record can be traced to its rule set.
 * Immutable; lists are in a stable order, so equal scenarios give equal determinations. It is
 * not legal advice, and says so in {@link #notice()}.
 *
 * @param schemaVersion the version of the JSON shape, {@link #SCHEMA_VERSION}
 * @param engineVersion the version of LexFed that produced it
 * @param rulesFingerprint the SHA-256 fingerprint of the rule set that produced it
 * @param question the question in plain English, with actor, action, place and date
 * @param asOf the day whose law was applied
 * @param outcome the answer
 * @param summary one paragraph: outcome, leading reason, deciding facts, exposure and the notice
 * @param reasons the conclusions that carried the outcome
 * @param findings every legal predicate the rules for this question read, with its value
 * @param premises every known fact of state law and local policy, with its source
 * @param presumptions the presumptions of law the outcome relied on
 * @param assertions the legal conclusions the user asserted, and what was done with them
 * @param overridden conclusions reached and displaced, with the principle that displaced them
 * @param missingFacts for a conditional outcome, the facts that would decide it
 * @param exposure the criminal, civil or administrative exposure of the actor
 * @param contextNotes context that never decides: guidance, competing perspectives, procedure
 * @param citations every authority relied on
 * @param cautions warnings, such as a premise resting on an unverified provision
 * @param rulesFired the rules that fired on certain literals, sorted
 * @param scenario the scenario as read
 * @param notice the not-legal-advice notice, {@link #NOT_LEGAL_ADVICE}
 */
public record Determination(String schemaVersion, String engineVersion, String rulesFingerprint, String question, LocalDate asOf, Outcome outcome, String summary, List<Reason> reasons,
                            List<Finding> findings, List<Premise> premises, List<Presumption> presumptions, List<Assertion> assertions,
                            List<Overridden> overridden, List<MissingFact> missingFacts,
                            List<Exposure> exposure, List<ContextNote> contextNotes, List<Citation> citations,
                            List<String> cautions, List<String> rulesFired, Scenario scenario, String notice) {
    /** The version of the determination's JSON shape, {@code docs/schema/determination.schema.json}. */
    public static final String SCHEMA_VERSION = "2.2";

    /** The notice every determination carries. */
    public static final String NOT_LEGAL_ADVICE = "LexFed is a research aid, not legal advice. It encodes general doctrine "
            + "from public authorities and may be incomplete or out of date; the law of a particular case turns on its facts "
            + "and on authorities LexFed does not hold. Consult a lawyer licensed in the jurisdiction.";

    /**
     * Copies the lists, so the determination is immutable.
     *
     * @param schemaVersion the version of the JSON shape, {@link #SCHEMA_VERSION}
     * @param engineVersion the version of LexFed that produced it
     * @param rulesFingerprint the SHA-256 fingerprint of the rule set that produced it
     * @param question the question in plain English, with actor, action, place and date
     * @param asOf the day whose law was applied
     * @param outcome the answer
     * @param summary one paragraph: outcome, leading reason, deciding facts, exposure and the notice
     * @param reasons the conclusions that carried the outcome
     * @param findings every legal predicate the rules for this question read, with its value
     * @param premises every known fact of state law and local policy, with its source
     * @param presumptions the presumptions of law the outcome relied on
     * @param assertions the legal conclusions the user asserted, and what was done with them
     * @param overridden conclusions reached and displaced, with the principle that displaced them
     * @param missingFacts for a conditional outcome, the facts that would decide it
     * @param exposure the criminal, civil or administrative exposure of the actor
     * @param contextNotes context that never decides: guidance, competing perspectives, procedure
     * @param citations every authority relied on
     * @param cautions warnings, such as a premise resting on an unverified provision
     * @param rulesFired the rules that fired on certain literals, sorted
     * @param scenario the scenario as read
     * @param notice the not-legal-advice notice, {@link #NOT_LEGAL_ADVICE}
     */
    public Determination {
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
        premises = List.copyOf(premises);
        presumptions = List.copyOf(presumptions);
        assertions = List.copyOf(assertions);
        cautions = List.copyOf(cautions);
        overridden = List.copyOf(overridden);
        missingFacts = List.copyOf(missingFacts);
        exposure = List.copyOf(exposure);
        contextNotes = List.copyOf(contextNotes);
        citations = List.copyOf(citations);
        rulesFired = List.copyOf(rulesFired);
    }
}
