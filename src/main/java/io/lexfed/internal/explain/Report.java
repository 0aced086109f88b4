package io.lexfed.internal.explain;

import io.lexfed.determination.Citation;
import io.lexfed.determination.ContextNote;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Exposure;
import io.lexfed.determination.Finding;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Overridden;
import io.lexfed.determination.PredicateValue;
import io.lexfed.determination.Premise;
import io.lexfed.determination.Presumption;
import io.lexfed.determination.Assertion;
import io.lexfed.determination.Reason;
import java.util.List;
import java.util.function.Function;

/**
 * A determination rendered for people: plain text for a terminal, Markdown for a document. Both
 * carry the same parts in the same order and end with the not-legal-advice notice.
 */
public final class Report {
    private Report() {
    }

    public static String text(Determination d) {
        return render(d, false, null, null);
    }

    public static String markdown(Determination d) {
        return render(d, true, null, null);
    }

    /**
     * The report a lawyer reads: the determination, then what would change the answer — the
     * deciding facts with the outcome under each value, and the minimal flips.
     */
    public static String explain(Determination d, List<io.lexfed.analysis.DecidingFact> deciding, io.lexfed.analysis.MinimalFlips flips,
                                 boolean md) {
        return render(d, md, deciding, flips);
    }

    private static String render(Determination d, boolean md, List<io.lexfed.analysis.DecidingFact> deciding,
                                 io.lexfed.analysis.MinimalFlips flips) {
        StringBuilder b = new StringBuilder();
        if (md) {
            b.append("# ").append(d.question()).append("\n\n**Outcome: ").append(d.outcome()).append("**\n\n");
        } else {
            b.append(d.question()).append("\n\nOUTCOME: ").append(d.outcome()).append("\n\n");
        }
        b.append(d.summary()).append("\n");
        section(b, md, "Reasons", d.reasons(), r -> "[" + r.outcome() + ", " + layer(r) + ", §" + r.analysis() + "] " + r.statement()
                + onlyIf(md, r.conditions()) + "\n" + indent(md) + "rule " + code(md, r.rule()) + "; authorities: "
                + String.join(", ", r.authorities()));
        section(b, md, "Cautions", d.cautions(), c -> c);
        section(b, md, "Overridden", d.overridden(), Report::overridden);
        section(b, md, "Missing facts that would decide it", d.missingFacts(),
                (MissingFact m) -> m.question() + " (" + code(md, m.fact()) + ") — " + m.ifValue().stream()
                        .map(o -> o.value() + " → " + o.outcome()).collect(java.util.stream.Collectors.joining("; "))
                        + (m.decides().isEmpty() ? "" : "; decides " + String.join(", ", m.decides())));
        section(b, md, "Presumptions the law makes, relied on", d.presumptions(), (Presumption p) -> p.statement() + " ("
                + String.join(", ", p.facts().stream().map(f -> code(md, f)).toList()) + "; if rebutted: " + p.ifRebutted() + ") ["
                + String.join(", ", p.authorities()) + "]");
        section(b, md, "Assertions of legal conclusions", d.assertions(), (Assertion a) -> code(md, a.fact()) + " = " + a.value() + ": "
                + a.statement() + (a.withoutIt() == null ? "" : " Without it: " + a.withoutIt() + "."));
        if (deciding != null) {
            section(b, md, "What would change the answer: facts not given", deciding, f -> f.question() + " (" + code(md, f.fact()) + ") — "
                    + f.alternatives().stream().map(a -> a.value() + " → " + a.outcome()).collect(java.util.stream.Collectors.joining("; "))
                    + (f.doctrines().isEmpty() ? "" : "; turns on " + String.join(", ", f.doctrines())));
        }
        if (flips != null) {
            section(b, md, "What would change the answer: smallest changes" + (flips.complete() ? "" : " (search bounded; not every pair was tried)"),
                    flips.flips().stream().limit(25).toList(), f -> f.changes().stream().map(c -> code(md, c.toString()))
                            .collect(java.util.stream.Collectors.joining(" and ")) + " → " + f.outcome());
        }
        section(b, md, "Findings", d.findings(), (Finding f) -> code(md, f.predicate()) + " = " + f.value() + ": " + f.statement()
                + (f.missingFacts().isEmpty() ? "" : " Waiting on " + String.join(", ", f.missingFacts()) + ".")
                + (f.presumptions().isEmpty() ? "" : " Presumed: " + String.join(", ", f.presumptions()) + ".")
                + (f.exceptions().isEmpty() ? "" : " Exception applied: " + String.join(", ", f.exceptions()) + ".")
                + (f.contested().isEmpty() ? "" : " Contested: " + String.join(", ", f.contested()) + ".")
                + (f.decidedBy().isEmpty() ? "" : " Decided by: " + String.join(", ", f.decidedBy()) + "."));
        section(b, md, "Premises of state and local law", d.premises(), (Premise p) -> code(md, p.fact()) + " = " + p.value() + " — "
                + (p.source() == Premise.Source.SCENARIO ? "given in the scenario"
                : p.source() == Premise.Source.ASSERTION ? "asserted: the scenario says the state has no statewide law"
                : p.provision() == null ? "knowledge base: no such provision in force on " + d.asOf()
                : "knowledge base: " + p.provision() + " (" + p.authority() + (Boolean.TRUE.equals(p.verified()) ? "" : ", NOT VERIFIED") + ")"
                + p.also().stream().map(a -> "; also " + a.provision() + " (" + a.authority() + (a.verified() ? "" : ", NOT VERIFIED") + ")")
                        .collect(java.util.stream.Collectors.joining())));
        section(b, md, "Exposure", d.exposure(), (Exposure e) -> e.kind() + ": " + e.statement() + onlyIf(md, e.conditions()) + " ["
                + String.join(", ", e.authorities()) + "]");
        section(b, md, "Context", d.contextNotes(), (ContextNote n) -> n.statement() + onlyIf(md, n.conditions()) + " ["
                + String.join(", ", n.authorities()) + "]");
        section(b, md, "Authorities", d.citations(), (Citation c) -> code(md, c.id()) + " " + c.citation()
                + (c.inForceOnDate() ? "" : " (not in force on " + d.asOf() + ")") + precedent(c, d)
                + (c.url() == null ? "" : " <" + c.url() + ">"));
        b.append(md ? "\n---\n\n" : "\n").append(md ? "*" : "").append(d.notice()).append(md ? "*" : "").append("\n");
        b.append(md ? "\n" : "").append(md ? "<sub>" : "").append("LexFed ").append(d.engineVersion()).append(", rules ")
                .append(d.rulesFingerprint()).append(", schema ").append(d.schemaVersion()).append(md ? "</sub>" : "").append("\n");
        return b.toString();
    }

    /** The values a part depends on that the facts given do not settle. */
    private static String onlyIf(boolean md, List<PredicateValue> conditions) {
        return conditions.isEmpty() ? "" : " (only if " + conditions.stream().map(c -> code(md, c.toString()))
                .collect(java.util.stream.Collectors.joining(" and ")) + ")";
    }

    private static String overridden(Overridden o) {
        Reason c = o.conclusion();
        return "[" + c.outcome() + ", " + layer(c) + "] " + c.statement() + " — displaced"
                + (o.displacedBy() == null ? "" : " by " + o.displacedBy()) + ": " + o.principle().statement() + ".";
    }

    private static String layer(Reason r) {
        return r.layer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String indent(boolean md) {
        return md ? "  " : "      ";
    }

    private static String code(boolean md, String s) {
        return md ? "`" + s + "`" : s;
    }

    private static <T> void section(StringBuilder b, boolean md, String title, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        b.append(md ? "\n## " : "\n").append(md ? title : title.toUpperCase(java.util.Locale.ROOT)).append("\n\n");
        for (T item : items) {
            b.append(md ? "- " : "  - ").append(line.apply(item)).append("\n");
        }
    }

    // how a court decision weighs where and when the events happened; nothing for other authorities
    private static String precedent(Citation c, Determination d) {
        if (c.precedent() == null) {
            return "";
        }
        return switch (c.precedent()) {
            case "BINDING" -> " [binding]";
            case "PERSUASIVE" -> " [persuasive]";
            default -> d.scenario().askedOn() == null ? " [vacated]" : " [not yet decided on " + d.scenario().askedOn() + ", or vacated]";
        };
    }
}
