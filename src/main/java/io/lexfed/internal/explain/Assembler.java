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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
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
    private static final Comparator<Reason> REASONS = Comparator.comparing(Reason::layer).thenComparing(Reason::analysis)
            .thenComparing(Reason::rule).thenComparing(Reason::statement);
    private static final Comparator<Overridden> OVERRIDDEN = Comparator.comparing((Overridden o) -> o.conclusion().layer())
            .thenComparing(o -> o.conclusion().rule()).thenComparing(o -> o.conclusion().statement());
    private static final Comparator<Finding> FINDINGS = Comparator.comparing(Finding::predicate).thenComparing(Finding::rule)
            .thenComparing(Finding::value).thenComparing(Finding::statement);
    private static final Comparator<Exposure> EXPOSURE = Comparator.comparing(Exposure::kind).thenComparing(Exposure::rule)
            .thenComparing(Exposure::statement);
    private static final Comparator<ContextNote> NOTES = Comparator.comparing(ContextNote::analysis).thenComparing(ContextNote::rule)
            .thenComparing(ContextNote::statement);

    /**
     * A rule's provenance and the positions of the authorities it cites in the order citations are
     * listed. The bits are set once, here, and never changed, so instances can be shared by threads.
     */
    private record Provenance(RuleInfo info, BitSet cites) {
    }

    private final Map<String, Provenance> rules;
    // Every authority in citation order (by rank, then id), with its citation in force and not in
    // force; a determination's citations are the union of its rules' bits read in this order.
    private final Authority[] authorities;
    private final Citation[] inForce;
    private final Citation[] notInForce;
    private final Map<String, Integer> position;
    private final io.lexfed.internal.kie.BuildInfo build;

    public Assembler(Registry registry, Map<String, RuleInfo> rules, io.lexfed.internal.kie.BuildInfo build) {
        this.build = build;
        authorities = registry.authorities().values().stream().sorted(Comparator.comparing(Authority::rank).thenComparing(Authority::id))
                .toArray(Authority[]::new);
        inForce = new Citation[authorities.length];
        notInForce = new Citation[authorities.length];
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < authorities.length; i++) {
            Authority a = authorities[i];
            at.put(a.id(), i);
            inForce[i] = new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(), true);
            notInForce[i] = new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(), false);
        }
        position = Map.copyOf(at);
        Map<String, Provenance> provenance = new HashMap<>();
        rules.forEach((name, info) -> {
            BitSet cites = new BitSet(authorities.length);
            info.cites().forEach(id -> cites.set(position(id)));
            provenance.put(name, new Provenance(info, cites));
        });
        this.rules = Map.copyOf(provenance);
    }

    public Determination assemble(Scenario scenario, LocalDate asOf, Session.Run run, List<io.lexfed.determination.Premise> premises,
                                  List<io.lexfed.internal.jurisdiction.KnowledgeBase.Caution> unverified) {
        // the authorities cited by the rules behind every part of the determination, by position
        BitSet cited = new BitSet(authorities.length);
        List<Conclusion> conclusions = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        List<Exposure> exposure = new ArrayList<>();
        List<ContextNote> notes = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Derived d : run.derived()) {
            if (d instanceof Conclusion c) {
                conclusions.add(c);
            } else if (d instanceof io.lexfed.internal.facts.Finding f) {
                found.add(finding(f, cited));
            } else if (d instanceof ExposureFact e) {
                exposure.add(new Exposure(e.getKind(), e.getStatement(), e.getRule(), provenance(e, cited).cites()));
            } else if (d instanceof Note n) {
                RuleInfo i = provenance(n, cited);
                notes.add(new ContextNote(n.getRule(), i.doctrine(), i.analysis(), n.getStatement(), i.cites()));
            } else if (d instanceof Unresolved u) {
                unresolved.add(u);
            }
        }
        Resolution resolution = Resolver.resolve(conclusions);
        Outcome outcome = resolution.outcome();
        List<Reason> reasons = new ArrayList<>(resolution.carrying().size() + unresolved.size());
        for (Conclusion c : resolution.carrying()) {
            reasons.add(reason(c, c.getLayer(), c.getOutcome(), cited));
        }
        if (outcome == null) {
            // No doctrine concluded; the bottom-line rule's marker is the reason.
            outcome = Outcome.UNSETTLED;
            for (Unresolved u : unresolved) {
                reasons.add(reason(u, Layer.CONSTITUTION, Outcome.UNSETTLED, cited));
            }
        }
        reasons.sort(REASONS);
        List<Overridden> overridden = new ArrayList<>(resolution.displaced().size());
        for (Resolver.Displacement d : resolution.displaced()) {
            Conclusion loser = d.loser();
            overridden.add(new Overridden(reason(loser, loser.getLayer(), loser.getOutcome(), cited),
                    d.winner() == null ? null : d.winner().getRule(), d.principle()));
        }
        overridden.sort(OVERRIDDEN);
        List<MissingFact> missing = outcome == Outcome.CONDITIONAL ? missing(resolution) : List.of();
        found.sort(FINDINGS);
        exposure.sort(EXPOSURE);
        notes.sort(NOTES);
        List<String> cautions = unverified.isEmpty() ? List.of() : cautions(run, unverified);
        // the run names each rule once, so sorting its names is enough
        String[] fired = run.rulesFired().toArray(String[]::new);
        Arrays.sort(fired);
        String question = Phrases.question(scenario, asOf);
        String summary = Phrases.summary(scenario, outcome, reasons, missing, exposure, cautions, Determination.NOT_LEGAL_ADVICE);
        return new Determination(Determination.SCHEMA_VERSION, build.version(), build.rulesFingerprint(), question, asOf, outcome, summary, reasons, found, premises, overridden, missing, exposure, notes,
                citations(asOf, cited, premises), cautions, List.of(fired), scenario, Determination.NOT_LEGAL_ADVICE);
    }

    // a caution matters only where a rule that carried weight read the part of the scenario it is about
    private static List<String> cautions(Session.Run run, List<io.lexfed.internal.jurisdiction.KnowledgeBase.Caution> unverified) {
        java.util.Set<String> read = new java.util.HashSet<>();
        run.derived().forEach(d -> read.addAll(d.getBasis()));
        return unverified.stream()
                .filter(c -> read.contains("fact:" + c.fact().substring(0, c.fact().indexOf('.'))))
                .map(io.lexfed.internal.jurisdiction.KnowledgeBase.Caution::text).distinct().toList();
    }

    /** The deriving rule's provenance; its citations are added to {@code cited}. */
    private RuleInfo provenance(Derived d, BitSet cited) {
        Provenance p = rules.get(d.getRule());
        if (p == null) {
            throw new IllegalStateException("derived fact from unknown rule " + d.getRule());
        }
        cited.or(p.cites());
        return p.info();
    }

    private int position(String authority) {
        Integer i = position.get(authority);
        if (i == null) {
            throw new java.util.NoSuchElementException("unknown authority " + authority);
        }
        return i;
    }

    private Reason reason(Derived d, Layer layer, Outcome outcome, BitSet cited) {
        RuleInfo i = provenance(d, cited);
        return new Reason(d.getRule(), i.doctrine(), i.analysis(), layer, outcome, d.getStatement(), i.cites(), d.getBasis());
    }

    private Finding finding(io.lexfed.internal.facts.Finding f, BitSet cited) {
        RuleInfo i = provenance(f, cited);
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
        List<MissingFact> out = new ArrayList<>(byFact.size());
        byFact.forEach((fact, rules) -> out.add(new MissingFact(fact, List.copyOf(rules))));
        return out;
    }

    // The rules' authorities and the premises', by rank and then id.
    private List<Citation> citations(LocalDate asOf, BitSet cited, List<io.lexfed.determination.Premise> premises) {
        for (io.lexfed.determination.Premise p : premises) {
            if (p.authority() != null) {
                cited.set(position(p.authority()));
            }
        }
        List<Citation> out = new ArrayList<>(cited.cardinality());
        for (int i = cited.nextSetBit(0); i >= 0; i = cited.nextSetBit(i + 1)) {
            out.add(authorities[i].inForceOn(asOf) ? inForce[i] : notInForce[i]);
        }
        return out;
    }
}
