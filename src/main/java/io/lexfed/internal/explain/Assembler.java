package io.lexfed.internal.explain;

import io.lexfed.determination.Citation;
import io.lexfed.determination.ContextNote;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Exposure;
import io.lexfed.determination.Finding;
import io.lexfed.determination.Layer;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Overridden;
import io.lexfed.determination.Reason;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.Derived;
import io.lexfed.internal.facts.ExposureFact;
import io.lexfed.internal.facts.Note;
import io.lexfed.internal.facts.Unresolved;
import io.lexfed.internal.kie.RuleInfo;
import io.lexfed.internal.kie.Session;
import io.lexfed.internal.resolution.Resolver;
import io.lexfed.internal.resolution.Resolver.Resolution;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the answer is assembled: from the facts that survived a run of the rules and the
 * resolution of their conclusions to a {@link Determination} whose every list is in a stable
 * order, with provenance read from the firing rules' metadata and citations from the registry.
 */
public final class Assembler {
    private final Registry registry;
    private final Map<String, RuleInfo> rules;
    private final io.lexfed.internal.kie.BuildInfo build;

    public Assembler(Registry registry, Map<String, RuleInfo> rules, io.lexfed.internal.kie.BuildInfo build) {
        this.registry = registry;
        this.rules = rules;
        this.build = build;
    }

    public Determination assemble(Scenario scenario, LocalDate asOf, Session.Run run, List<io.lexfed.determination.Premise> premises,
                                  List<io.lexfed.internal.jurisdiction.KnowledgeBase.Caution> unverified) {
        List<Conclusion> conclusions = new ArrayList<>();
        List<io.lexfed.internal.facts.Finding> findings = new ArrayList<>();
        List<Exposure> exposure = new ArrayList<>();
        List<ContextNote> notes = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Derived d : run.derived()) {
            if (d instanceof Conclusion c) {
                conclusions.add(c);
            } else if (d instanceof io.lexfed.internal.facts.Finding f) {
                findings.add(f);
            } else if (d instanceof ExposureFact e) {
                exposure.add(new Exposure(e.getKind(), e.getStatement(), e.getRule(), info(e).cites()));
            } else if (d instanceof Note n) {
                RuleInfo i = info(n);
                notes.add(new ContextNote(n.getRule(), i.doctrine(), i.analysis(), n.getStatement(), i.cites()));
            } else if (d instanceof Unresolved u) {
                unresolved.add(u);
            }
        }
        Resolution resolution = Resolver.resolve(conclusions);
        Outcome outcome = resolution.outcome();
        List<Reason> reasons = new ArrayList<>(resolution.carrying().stream().map(this::reason).toList());
        if (outcome == null) {
            // No doctrine concluded; the bottom-line rule's marker is the reason.
            outcome = Outcome.UNSETTLED;
            unresolved.forEach(u -> reasons.add(reason(u, Layer.CONSTITUTION, Outcome.UNSETTLED)));
        }
        reasons.sort(Comparator.comparing(Reason::layer).thenComparing(Reason::analysis).thenComparing(Reason::rule)
                .thenComparing(Reason::statement));
        List<Overridden> overridden = resolution.displaced().stream()
                .map(d -> new Overridden(reason(d.loser()), d.winner() == null ? null : d.winner().getRule(), d.principle()))
                .sorted(Comparator.comparing((Overridden o) -> o.conclusion().layer()).thenComparing(o -> o.conclusion().rule())
                        .thenComparing(o -> o.conclusion().statement()))
                .toList();
        List<MissingFact> missing = outcome == Outcome.CONDITIONAL ? missing(resolution) : List.of();
        List<Finding> found = findings.stream().map(this::finding)
                .sorted(Comparator.comparing(Finding::predicate).thenComparing(Finding::rule).thenComparing(Finding::value)
                        .thenComparing(Finding::statement))
                .toList();
        exposure.sort(Comparator.comparing(Exposure::kind).thenComparing(Exposure::rule).thenComparing(Exposure::statement));
        notes.sort(Comparator.comparing(ContextNote::analysis).thenComparing(ContextNote::rule).thenComparing(ContextNote::statement));
        List<Citation> citations = citations(asOf, reasons, found, overridden, exposure, notes, premises);
        // a caution matters only where a rule that carried weight read the part of the scenario it is about
        java.util.Set<String> read = new java.util.HashSet<>();
        run.derived().forEach(d -> read.addAll(d.getBasis()));
        List<String> cautions = unverified.stream()
                .filter(c -> read.contains("fact:" + c.fact().substring(0, c.fact().indexOf('.'))))
                .map(io.lexfed.internal.jurisdiction.KnowledgeBase.Caution::text).distinct().toList();
        List<String> fired = List.copyOf(new TreeSet<>(run.rulesFired()));
        String question = Phrases.question(scenario, asOf);
        String summary = Phrases.summary(scenario, outcome, reasons, missing, exposure, cautions, Determination.NOT_LEGAL_ADVICE);
        return new Determination(Determination.SCHEMA_VERSION, build.version(), build.rulesFingerprint(), question, asOf, outcome, summary, reasons, found, premises, overridden, missing, exposure, notes,
                citations, cautions, fired, scenario, Determination.NOT_LEGAL_ADVICE);
    }

    private RuleInfo info(Derived d) {
        RuleInfo i = rules.get(d.getRule());
        if (i == null) {
            throw new IllegalStateException("derived fact from unknown rule " + d.getRule());
        }
        return i;
    }

    private Reason reason(Conclusion c) {
        return reason(c, c.getLayer(), c.getOutcome());
    }

    private Reason reason(Derived d, Layer layer, Outcome outcome) {
        RuleInfo i = info(d);
        return new Reason(d.getRule(), i.doctrine(), i.analysis(), layer, outcome, d.getStatement(), i.cites(), d.getBasis());
    }

    private Finding finding(io.lexfed.internal.facts.Finding f) {
        RuleInfo i = info(f);
        return new Finding(f.getPredicate().name(), f.getHolds().name(), f.getRule(), i.doctrine(), i.analysis(), f.getStatement(),
                i.cites(), f.getMissing(), f.getBasis());
    }

    private static List<MissingFact> missing(Resolution r) {
        Map<String, TreeSet<String>> byFact = new TreeMap<>();
        for (Conclusion c : r.pivotal()) {
            if (c.getOutcome() == Outcome.CONDITIONAL) {
                c.getMissing().forEach(m -> byFact.computeIfAbsent(m, k -> new TreeSet<>()).add(c.getRule()));
            }
        }
        return byFact.entrySet().stream().map(e -> new MissingFact(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private List<Citation> citations(LocalDate asOf, List<Reason> reasons, List<Finding> findings, List<Overridden> overridden,
                                     List<Exposure> exposure, List<ContextNote> notes, List<io.lexfed.determination.Premise> premises) {
        TreeSet<String> ids = new TreeSet<>();
        reasons.forEach(r -> ids.addAll(r.authorities()));
        findings.forEach(f -> ids.addAll(f.authorities()));
        overridden.forEach(o -> ids.addAll(o.conclusion().authorities()));
        exposure.forEach(e -> ids.addAll(e.authorities()));
        notes.forEach(n -> ids.addAll(n.authorities()));
        premises.stream().filter(p -> p.authority() != null).forEach(p -> ids.add(p.authority()));
        return ids.stream().map(id -> registry.authority(id).orElseThrow())
                .sorted(Comparator.comparing(Authority::rank).thenComparing(Authority::id))
                .map(a -> new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(),
                        a.inForceOn(asOf)))
                .toList();
    }
}
