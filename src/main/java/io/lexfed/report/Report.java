package io.lexfed.report;

import io.lexfed.analysis.DecidingFact;
import io.lexfed.analysis.MinimalFlips;
import io.lexfed.determination.Determination;
import java.util.List;
import java.util.Objects;

/**
 * A determination rendered for people, as {@code lexfed evaluate} and {@code lexfed explain} print
 * it: plain text for a terminal, Markdown for a document. Every rendering carries the same parts in
 * the same order (question, outcome, summary, reasons, cautions, overridden conclusions, missing
 * facts, presumptions, assertions, findings, premises, exposure, context notes, citations) and ends
 * with the not-legal-advice notice and what produced it (LexFed's version, the rules' fingerprint,
 * the schema version). Thread-safe.
 */
public final class Report {
    private Report() {
    }

    /**
     * The determination as plain text.
     *
     * @param d the determination
     * @return the report
     */
    public static String text(Determination d) {
        return io.lexfed.internal.explain.Report.text(Objects.requireNonNull(d, "determination"));
    }

    /**
     * The determination as Markdown.
     *
     * @param d the determination
     * @return the report
     */
    public static String markdown(Determination d) {
        return io.lexfed.internal.explain.Report.markdown(Objects.requireNonNull(d, "determination"));
    }

    /**
     * The report a lawyer reads: the determination, then what would change the answer, that is the
     * deciding facts with the outcome under each value, and the smallest changes (the first 25).
     *
     * @param d the determination
     * @param deciding its deciding facts, from {@link io.lexfed.LexFed#decidingFacts}
     * @param flips its smallest changes, from {@link io.lexfed.LexFed#minimalFlips}
     * @param markdown true for Markdown, false for plain text
     * @return the report
     */
    public static String explain(Determination d, List<DecidingFact> deciding, MinimalFlips flips, boolean markdown) {
        return io.lexfed.internal.explain.Report.explain(Objects.requireNonNull(d, "determination"), Objects.requireNonNull(deciding, "deciding"),
                Objects.requireNonNull(flips, "flips"), markdown);
    }
}
