package io.lexfed.internal.explain;

import io.lexfed.determination.Assertion;
import io.lexfed.determination.Citation;
import io.lexfed.determination.ContextNote;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Exposure;
import io.lexfed.determination.Finding;
import io.lexfed.determination.Layer;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Overridden;
import io.lexfed.determination.PredicateValue;
import io.lexfed.determination.Premise;
import io.lexfed.determination.Presumption;
import io.lexfed.determination.Principle;
import io.lexfed.determination.Reason;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.Derived;
import io.lexfed.internal.facts.ExposureFact;
import io.lexfed.internal.facts.Literal;
import io.lexfed.internal.facts.Note;
import io.lexfed.internal.facts.Unresolved;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.kie.BuildInfo;
import io.lexfed.internal.kie.RuleInfo;
import io.lexfed.internal.kie.Session;
import io.lexfed.internal.predicates.Context;
import io.lexfed.internal.predicates.Definition;
import io.lexfed.internal.predicates.Element;
import io.lexfed.internal.predicates.Holds;
import io.lexfed.internal.predicates.Predicates;
import io.lexfed.internal.predicates.Value;
import io.lexfed.internal.resolution.Resolver;
import io.lexfed.internal.resolution.Worlds;
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where the answer is assembled: from what the rules derived, the worlds the facts and the law leave
 * open, and the predicates' values, to a {@link Determination} whose every list is in a stable
 * order, with provenance read from the rules' metadata and the predicates' definitions, and
 * citations from the registry. Immutable and thread-safe; each assembly keeps its state in locals.
 */
public final class Assembler {
    private static final Comparator<Reason> REASONS = Comparator.comparing(Reason::layer).thenComparing(Reason::analysis)
            .thenComparing(Reason::rule).thenComparing(Reason::statement);
    private static final Comparator<Overridden> OVERRIDDEN = Comparator.comparing((Overridden o) -> o.conclusion().layer())
            .thenComparing(o -> o.conclusion().rule()).thenComparing(o -> o.conclusion().statement());
    private static final Comparator<Exposure> EXPOSURE = Comparator.comparing(Exposure::kind).thenComparing(Exposure::rule)
            .thenComparing(Exposure::statement);
    private static final Comparator<ContextNote> NOTES = Comparator.comparing(ContextNote::analysis).thenComparing(ContextNote::rule)
            .thenComparing(ContextNote::statement);

    private final Map<String, Provenance> rules;
    // every authority in citation order (by rank, then id), with its citation in force and not in force
    private final Authority[] authorities;
    private final Citation[] inForce;
    private final Citation[] notInForce;
    private final Map<String, Integer> position;
    private final BuildInfo build;
    // what assembly looks up for every predicate and element, computed once: authorities by position
    private final int[][] definitionCites;
    private final int[][][] elementCites;
    private final List<List<String>> factsReadDirectly;
    private final List<List<String>> basis;
    // each predicate's statement of each value, by predicate index and Holds ordinal
    private final String[][] statements;
    // each exception's facts, as masks over the catalogue (bit f of word f / 64)
    private final long[][] exceptionFacts;
    // each court decision's authority, by position
    private final int[] decisionPositions;
    // what a finding of each predicate cites, and the finding for a value the facts alone decided (YES or NO, nothing
    // else shaping it), the same in every determination: by predicate index, for a scenario in any state or none, and
    // for each state whose laws the predicate names among its examples (it then cites that state's laws only)
    private final Cited[] citedAnywhere;
    private final List<Map<String, Cited>> citedInState;

    /** A rule's provenance, with its authorities' positions. */
    private record Provenance(RuleInfo info, int[] cites) {
    }

    public Assembler(Registry registry, Map<String, RuleInfo> rules, BuildInfo build) {
        this.build = build;
        authorities = registry.authorities().values().stream().sorted(Comparator.comparing(Authority::rank).thenComparing(Authority::id))
                .toArray(Authority[]::new);
        inForce = new Citation[authorities.length];
        notInForce = new Citation[authorities.length];
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < authorities.length; i++) {
            Authority a = authorities[i];
            at.put(a.id(), i);
            inForce[i] = new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(), true, null);
            notInForce[i] = new Citation(a.id(), a.citation(), a.kind().name(), a.rank().name(), a.jurisdiction(), a.date(), a.url(), false,
                    null);
        }
        position = Map.copyOf(at);
        Map<String, Provenance> byRule = new HashMap<>();
        rules.forEach((name, info) -> byRule.put(name, new Provenance(info, positions(info.cites()))));
        this.rules = Map.copyOf(byRule);
        List<Definition> definitions = Predicates.definitions();
        definitionCites = new int[definitions.size()][];
        List<List<String>> read = new ArrayList<>();
        List<List<String>> from = new ArrayList<>();
        for (Definition d : definitions) {
            definitionCites[d.index()] = positions(d.cites());
            read.add(List.copyOf(paths(Predicates.factsReadDirectly(d.index()))));
            List<String> ids = new ArrayList<>();
            for (int r : Predicates.references(d.index())) {
                ids.add(definitions.get(r).id());
            }
            from.add(List.copyOf(ids));
        }
        statements = definitions.stream().map(d -> java.util.Arrays.stream(Holds.values()).map(d::statement).toArray(String[]::new))
                .toArray(String[][]::new);
        factsReadDirectly = List.copyOf(read);
        basis = List.copyOf(from);
        elementCites = new int[Element.Kind.values().length][][];
        for (Element.Kind k : Element.Kind.values()) {
            List<Element> elements = elements(k);
            elementCites[k.ordinal()] = elements.stream().map(e -> positions(e.cites())).toArray(int[][]::new);
        }
        decisionPositions = positions(Predicates.decisions().stream().map(io.lexfed.internal.predicates.Decision::authority).toList());
        citedAnywhere = new Cited[definitions.size()];
        List<Map<String, Cited>> inState = new ArrayList<>();
        for (Definition d : definitions) {
            int[] all = definitionCites[d.index()];
            citedAnywhere[d.index()] = cited(d, all);
            // the states whose statutes, orders or ordinances the predicate names (cases bind by court, not by this)
            Map<String, Cited> byState = new HashMap<>();
            for (int i : all) {
                String law = lawOf(authorities[i]);
                if (law != null) {
                    byState.computeIfAbsent(law, st -> cited(d, java.util.Arrays.stream(all).filter(j -> !isLawOfAnotherState(authorities[j], st)).toArray()));
                }
            }
            if (!byState.isEmpty()) {
                // any other state: none of the laws named
                byState.put(OTHER_STATES, cited(d, java.util.Arrays.stream(all).filter(j -> lawOf(authorities[j]) == null).toArray()));
            }
            inState.add(Map.copyOf(byState));
        }
        citedInState = List.copyOf(inState);
        exceptionFacts = Predicates.exceptions().stream().map(e -> {
            long[] mask = new long[(Catalogue.size() + 63) / 64];
            for (int f : e.facts()) {
                mask[f / 64] |= 1L << f;
            }
            return mask;
        }).toArray(long[][]::new);
    }

    // the principle by which a ruling after the events answers for them; cited where one does
    private static final String RETROACTIVITY = "rivers-v-roadway-express-1994";

    private static List<Element> elements(Element.Kind kind) {
        return switch (kind) {
            case PRESUMPTION -> Predicates.presumptions();
            case EXCEPTION -> Predicates.exceptions();
            case CONTESTED -> Predicates.contested();
        };
    }

    private int[] positions(List<String> ids) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Integer at = position.get(ids.get(i));
            if (at == null) {
                throw new java.util.NoSuchElementException("unknown authority " + ids.get(i));
            }
            out[i] = at;
        }
        return out;
    }

    /**
     * The determination of {@code scenario} (as given) judged on {@code asOf}, from the rules' run
     * (its conclusions as {@code conclusions}, the list the worlds were explored over), the worlds,
     * the evaluation context of the completed scenario, and the knowledge base's completion. The
     * context's codes are the completed scenario's and are left as they were found.
     */
    public Determination assemble(Scenario scenario, LocalDate asOf, Session.Run run, List<Conclusion> conclusions, Worlds.Result worlds,
                                  Context context, int[] relevant, KnowledgeBase.Completion completion) {
        List<Premise> premises = completion.premises();
        BitSet cited = new BitSet(authorities.length);
        List<ExposureFact> exposures = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Derived d : run.derived()) {
            if (d instanceof ExposureFact e) {
                exposures.add(e);
            } else if (d instanceof Note n) {
                notes.add(n);
            } else if (d instanceof Unresolved u) {
                unresolved.add(u);
            }
        }
        Outcome outcome = worlds.outcome();

        // the conclusions that carried the outcome somewhere, and those displaced or beside the point
        Map<Conclusion, Resolver.Displacement> displacement = new IdentityHashMap<>();
        Map<Conclusion, Boolean> carries = new IdentityHashMap<>();
        Map<Conclusion, Boolean> held = new IdentityHashMap<>();
        BitSet certainEverywhere = null;
        for (Worlds.World w : worlds.worlds()) {
            w.holding().forEach(c -> held.put(c, true));
            w.resolution().carrying().forEach(c -> carries.put(c, true));
            w.resolution().displaced().forEach(d -> displacement.putIfAbsent(d.loser(), d));
            BitSet certain = new BitSet();
            for (Conclusion c : w.resolution().carrying()) {
                if (c.isCertain()) {
                    certain.set(conclusions.indexOf(c));
                }
            }
            if (certainEverywhere == null) {
                certainEverywhere = certain;
            } else {
                certainEverywhere.and(certain);
            }
        }
        boolean settled = outcome.isDeontic() || outcome == Outcome.UNSETTLED && worlds.pivots().isEmpty();
        boolean certainCarrier = certainEverywhere != null && !certainEverywhere.isEmpty();
        List<Reason> reasons = new ArrayList<>();
        List<Overridden> overridden = new ArrayList<>();
        for (Conclusion c : conclusions) {
            if (!held.containsKey(c) && worlds.complete()) {
                // its condition holds in no state of the facts: it says nothing about this scenario
                continue;
            }
            Reason r = reason(c, c.getLayer(), c.getOutcome(), cited);
            boolean carried = carries.containsKey(c);
            if (carried && (c.isCertain() || !(settled && certainCarrier))) {
                reasons.add(r);
            } else if (carried || displacement.get(c) == null) {
                overridden.add(new Overridden(r, null, Principle.NOT_DECISIVE));
            } else {
                Resolver.Displacement d = displacement.get(c);
                overridden.add(new Overridden(r, d.winner().getRule(), d.principle()));
            }
        }
        if (worlds.worlds().stream().allMatch(w -> w.holding().isEmpty())) {
            // no doctrine concludes whatever the facts turn out to be; the bottom line's marker is the reason
            for (Unresolved u : unresolved) {
                reasons.add(reason(u, Layer.CONSTITUTION, Outcome.UNSETTLED, cited));
            }
        }
        reasons.sort(REASONS);
        overridden.sort(OVERRIDDEN);

        List<MissingFact> missing = outcome == Outcome.CONDITIONAL ? missing(worlds, conclusions, context) : List.of();
        // the contested questions the outcome turned on are cited with the rest
        worlds.pivots().stream().filter(p -> p.contested() >= 0).forEach(p -> cite(elementCites[Element.Kind.CONTESTED.ordinal()][p.contested()], cited));
        List<Presumption> presumptions = presumptions(context, conclusions, cited);
        List<Assertion> assertions = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        assertions(scenario, context, conclusions, premises, assertions, cautions);

        BitSet shown = findingsShown(relevant);
        BitSet mattering = openFindings(shown, relevant, context);
        List<Finding> findings = new ArrayList<>();
        BitSet later = new BitSet();
        for (int p = shown.nextSetBit(0); p >= 0; p = shown.nextSetBit(p + 1)) {
            Value v = context.value(p);
            if (v.holds() == Holds.UNKNOWN && !mattering.get(p)) {
                // unknown, but every predicate that reads it is decided without it: it would only list facts that do not matter
                continue;
            }
            findings.add(finding(Predicates.definitions().get(p), v, cited, later, asOf, scenario.jurisdiction().state(), context));
        }
        for (int a = later.nextSetBit(0); a >= 0; a = later.nextSetBit(a + 1)) {
            cited.set(position.get(RETROACTIVITY));
            cautions.add(authorities[a].citation() + ", decided " + authorities[a].date() + ", after the events, answers the question for "
                    + "them: a court's reading of a law states what the law meant before the decision as well as after ("
                    + authorities[position.get(RETROACTIVITY)].citation() + "). Before it the question was open, which may bear on good faith or immunity; set askedOn to see the law as the "
                    + "courts had decided it on an earlier day.");
        }
        List<Exposure> exposure = new ArrayList<>();
        for (ExposureFact e : exposures) {
            if (!e.isCertain() && !Worlds.possible(e.condition(), context)) {
                continue;
            }
            exposure.add(new Exposure(e.getKind(), e.getStatement(), e.getRule(), provenance(e, cited).cites(), literals(e.condition())));
        }
        exposure.sort(EXPOSURE);
        List<ContextNote> contextNotes = new ArrayList<>();
        for (Note n : notes) {
            if (!n.isCertain() && !Worlds.possible(n.condition(), context)) {
                continue;
            }
            RuleInfo i = provenance(n, cited);
            contextNotes.add(new ContextNote(n.getRule(), i.doctrine(), i.analysis(), n.getStatement(), i.cites(), literals(n.condition())));
        }
        contextNotes.sort(NOTES);
        List<KnowledgeBase.Caution> kept = kbCautions(completion.cautions(), shown, context);
        kept.forEach(c -> cautions.add(c.text()));
        int unverified = (int) kept.stream().filter(KnowledgeBase.Caution::unverified).count();

        String[] fired = run.rulesFired().toArray(String[]::new);
        Arrays.sort(fired);
        String question = Phrases.question(scenario, asOf);
        List<String> open = worlds.pivots().stream().filter(p -> p.contested() >= 0).map(p -> Predicates.contested().get(p.contested()).says())
                .toList();
        String summary = Phrases.summary(scenario, outcome, reasons, open, missing, exposure, cautions.size(), unverified, Determination.NOT_LEGAL_ADVICE);
        return new Determination(Determination.SCHEMA_VERSION, build.version(), build.rulesFingerprint(), question, asOf, outcome, summary,
                reasons, findings, premises, presumptions, assertions, overridden, missing, exposure, contextNotes,
                citations(asOf, scenario.askedOn(), scenario.jurisdiction().state(), cited, premises), cautions, List.of(fired), scenario, Determination.NOT_LEGAL_ADVICE);
    }

    /** The facts the outcome turned on, each with the outcome under each of its values. */
    private static List<MissingFact> missing(Worlds.Result worlds, List<Conclusion> conclusions, Context context) {
        List<MissingFact> out = new ArrayList<>();
        Worlds.Memo memo = new Worlds.Memo(conclusions);
        for (Worlds.Pivot p : worlds.pivots()) {
            if (p.fact() < 0) {
                continue;
            }
            Fact f = Catalogue.fact(p.fact());
            List<MissingFact.Option> options = new ArrayList<>();
            for (int v : Predicates.domain(f.index())) {
                context.set(f.index(), v);
                if (!Catalogue.contradictory(context.codes(), f.index())) {
                    options.add(new MissingFact.Option(f.name(v), Worlds.outcome(conclusions, context, memo)));
                }
            }
            context.set(f.index(), Fact.UNKNOWN);
            TreeSet<String> decides = new TreeSet<>();
            for (Conclusion c : conclusions) {
                for (int code : c.condition()) {
                    if (context.value(Literal.predicate(code)).waitsOn(f.index())) {
                        decides.add(c.getRule());
                    }
                }
            }
            out.add(new MissingFact(f.path(), f.question(), List.copyOf(decides), options));
        }
        return out;
    }

    /** The presumptions some world relied on, each with the outcome if it is rebutted. */
    private List<Presumption> presumptions(Context context, List<Conclusion> conclusions, BitSet cited) {
        BitSet used = context.presumptionsUsed();
        List<Presumption> out = new ArrayList<>();
        for (int p = used.nextSetBit(0); p >= 0; p = used.nextSetBit(p + 1)) {
            Element e = Predicates.presumptions().get(p);
            context.rebut(p);
            Outcome ifRebutted = Worlds.outcome(conclusions, context);
            context.rebut(-1);
            cite(elementCites[Element.Kind.PRESUMPTION.ordinal()][p], cited);
            out.add(new Presumption(e.id(), paths(e.facts()), e.presumes(), e.says(), e.cites(), ifRebutted));
        }
        return out;
    }

    /**
     * The user's assertions of legal conclusions: each is reported, with whether the determination
     * rests on it and the outcome without it; one the elements contradict is set aside, with a caution.
     */
    private static void assertions(Scenario given, Context context, List<Conclusion> conclusions, List<Premise> premises,
                                   List<Assertion> out, List<String> cautions) {
        int[] asGiven = Catalogue.codes(given);
        for (Fact f : Catalogue.facts()) {
            if (!f.assertion() || asGiven[f.index()] == Fact.UNKNOWN) {
                continue;
            }
            String value = f.name(asGiven[f.index()]);
            Definition asserted = Predicates.definitions().stream().filter(d -> d.assertedBy() == f.index()).findFirst().orElse(null);
            if (asserted == null) {
                // an assertion about the law the knowledge base completes, e.g. that the state has no statewide law
                List<Premise> resting = premises.stream().filter(p -> p.source() == Premise.Source.ASSERTION).toList();
                Outcome without = null;
                if (!resting.isEmpty()) {
                    int[] saved = context.codes().clone();
                    resting.forEach(p -> context.set(Catalogue.fact(p.fact()).orElseThrow().index(), Fact.UNKNOWN));
                    without = Worlds.outcome(conclusions, context);
                    for (int i = 0; i < saved.length; i++) {
                        context.set(i, saved[i]);
                    }
                }
                out.add(new Assertion(f.path(), value, null, !resting.isEmpty(), resting.stream().map(Premise::fact).toList(), resting.isEmpty()
                        ? "The assertion was not needed: the knowledge base or the scenario gives every premise it would have filled."
                        : "Where the knowledge base is silent, " + resting.size() + " premise" + (resting.size() == 1 ? "" : "s")
                        + " of state law rest on it, each marked ASSERTION.", without));
                continue;
            }
            boolean used = context.assertionsUsed().get(asserted.index());
            context.withoutAssertions(true);
            Value elements = context.value(asserted.index());
            Outcome without = used ? Worlds.outcome(conclusions, context) : null;
            context.withoutAssertions(false);
            String statement;
            if (used) {
                statement = "The elements given leave it unknown whether " + lower(asserted.says())
                        + "; the determination rests on the assertion, and the outcome without it is shown.";
            } else if (elements.holds().isKnown() && !elements.holds().name().equals(value)) {
                statement = "Set aside: the elements given decide it the other way. " + asserted.statement(elements.holds());
                cautions.add("The scenario asserts " + f.path() + " = " + value + ", but the elements given decide it the other way; "
                        + "LexFed followed the elements. " + asserted.statement(elements.holds()));
            } else if (elements.holds() == Holds.UNSETTLED) {
                // a contested question nothing binding decides is the court's to answer, not the user's
                statement = "Not used: the question is contested and nothing binding decides it, and an assertion does not settle it. "
                        + asserted.statement(elements.holds());
            } else {
                statement = "Not needed: the elements given decide it. " + asserted.statement(elements.holds());
            }
            out.add(new Assertion(f.path(), value, asserted.id(), used, used ? paths(unknownElements(asserted.index(), context)) : List.of(),
                    statement, without));
        }
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The predicates the rules for this actor and action read, and those they are defined from, by index. */
    private static BitSet findingsShown(int[] relevant) {
        BitSet shown = new BitSet();
        for (int p : relevant) {
            add(p, shown);
        }
        return shown;
    }

    /**
     * The shown predicates whose value can still matter: those the rules read directly, and those read
     * by a shown predicate that is itself not decided (unknown or unsettled).
     */
    private static BitSet openFindings(BitSet shown, int[] relevant, Context context) {
        BitSet open = new BitSet();
        for (int p : relevant) {
            open.set(p);
        }
        for (int q = shown.nextSetBit(0); q >= 0; q = shown.nextSetBit(q + 1)) {
            if (!context.value(q).holds().isKnown()) {
                for (int r : Predicates.references(q)) {
                    open.set(r);
                }
            }
        }
        return open;
    }

    private static void add(int p, BitSet shown) {
        if (!shown.get(p)) {
            shown.set(p);
            for (int r : Predicates.references(p)) {
                add(r, shown);
            }
        }
    }

    // the finding of predicate d; the decisions that answered it are cited, and those later than asOf set in later
    private Finding finding(Definition d, Value v, BitSet cited, BitSet later, LocalDate asOf, String state, Context context) {
        Cited c = citedIn(d, state);
        cite(c.positions(), cited);
        if (v.plain() && (v.holds() == Holds.YES || v.holds() == Holds.NO)) {
            return c.plain()[v.holds().ordinal()];
        }
        List<String> cites = c.ids();
        List<String> presumed = ids(v.presumedMask(), Element.Kind.PRESUMPTION, cited);
        List<String> excepted = ids(v.exceptedMask(), Element.Kind.EXCEPTION, cited);
        // an exception still open is part of what the finding waits on: its authority is cited too
        if (v.holds() == Holds.UNKNOWN) {
            for (int e = 0; e < exceptionFacts.length; e++) {
                if (v.waitsOnAny(exceptionFacts[e])) {
                    cite(elementCites[Element.Kind.EXCEPTION.ordinal()][e], cited);
                }
            }
        }
        List<String> contested = v.holds() == Holds.UNSETTLED ? ids(v.contestedMask(), Element.Kind.CONTESTED, cited) : List.of();
        List<String> decidedBy = v.decidedMask() == 0 ? List.of() : new ArrayList<>();
        for (long m = v.decidedMask(); m != 0; m &= m - 1) {
            int q = Long.numberOfTrailingZeros(m);
            int[] of = Predicates.decisionsOf(q);
            for (long n = context.decidedBy(q); n != 0; n &= n - 1) {
                int i = of[Long.numberOfTrailingZeros(n)];
                decidedBy.add(Predicates.decisions().get(i).authority());
                cited.set(decisionPositions[i]);
                if (authorities[decisionPositions[i]].date().isAfter(asOf)) {
                    later.set(decisionPositions[i]);
                }
            }
        }
        String statement = statements[d.index()][v.holds().ordinal()];
        if (v.asserted()) {
            statement += " (the user's assertion: the elements given leave it unknown)";
        }
        return new Finding(d.id(), v.holds().name(), d.doctrine(), d.analysis(), statement, cites, paths(v.waitingMask(0), v.waitingMask(1)),
                factsReadDirectly.get(d.index()), basis.get(d.index()), presumed, excepted, contested, decidedBy, v.asserted());
    }

    /** What a finding of a predicate cites: the authorities' ids and positions, and its findings for YES and NO the facts alone decided. */
    private record Cited(List<String> ids, int[] positions, Finding[] plain) {
    }

    // the key of citedInState for a state none of whose laws the predicate names
    private static final String OTHER_STATES = "";

    private Cited cited(Definition d, int[] positions) {
        List<String> ids = java.util.Arrays.stream(positions).mapToObj(i -> authorities[i].id()).toList();
        Finding[] plain = new Finding[Holds.values().length];
        for (Holds h : new Holds[] {Holds.YES, Holds.NO}) {
            plain[h.ordinal()] = new Finding(d.id(), h.name(), d.doctrine(), d.analysis(), statements[d.index()][h.ordinal()], ids, List.of(),
                    factsReadDirectly.get(d.index()), basis.get(d.index()), List.of(), List.of(), List.of(), List.of(), false);
        }
        return new Cited(ids, positions, plain);
    }

    // a predicate about state law may cite examples from several states: a finding cites those of its own state only
    private Cited citedIn(Definition d, String state) {
        Map<String, Cited> byState = citedInState.get(d.index());
        if (state == null || byState.isEmpty()) {
            return citedAnywhere[d.index()];
        }
        Cited c = byState.get(state);
        return c != null ? c : byState.get(OTHER_STATES);
    }

    // the state whose statute, order or ordinance an authority is; null for federal law and for cases
    private static String lawOf(Authority a) {
        return a.kind() != Authority.Kind.CASE && !"US".equals(a.jurisdiction()) ? a.jurisdiction() : null;
    }

    private static boolean isLawOfAnotherState(Authority a, String state) {
        String law = lawOf(a);
        return law != null && !law.equals(state);
    }

    private List<String> ids(long mask, Element.Kind kind, BitSet cited) {
        if (mask == 0) {
            return List.of();
        }
        List<Element> elements = elements(kind);
        List<String> out = new ArrayList<>(Long.bitCount(mask));
        for (long m = mask; m != 0; m &= m - 1) {
            int i = Long.numberOfTrailingZeros(m);
            out.add(elements.get(i).id());
            cite(elementCites[kind.ordinal()][i], cited);
        }
        return out;
    }

    private static List<String> paths(long word0, long word1) {
        if ((word0 | word1) == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Long.bitCount(word0) + Long.bitCount(word1));
        for (int w = 0; w < 2; w++) {
            for (long m = w == 0 ? word0 : word1; m != 0; m &= m - 1) {
                out.add(Catalogue.fact(64 * w + Long.numberOfTrailingZeros(m)).path());
            }
        }
        return out;
    }

    /**
     * Every fact the predicate's elements read, however deep, that the scenario leaves unknown: an
     * assertion of a conclusion stands in for all of them, not only for those its elements wait on
     * first (a presumption inside may hide the rest until another element is known).
     */
    private static BitSet unknownElements(int predicate, Context context) {
        BitSet out = (BitSet) Predicates.factsRead(predicate).clone();
        for (int f = out.nextSetBit(0); f >= 0; f = out.nextSetBit(f + 1)) {
            if (context.codes()[f] != Fact.UNKNOWN) {
                out.clear(f);
            }
        }
        return out;
    }

    private static List<String> paths(BitSet facts) {
        List<String> out = new ArrayList<>();
        for (int f = facts.nextSetBit(0); f >= 0; f = facts.nextSetBit(f + 1)) {
            out.add(Catalogue.fact(f).path());
        }
        return out;
    }

    private static List<String> paths(int[] facts) {
        List<String> out = new ArrayList<>();
        for (int f : facts) {
            out.add(Catalogue.fact(f).path());
        }
        return out;
    }

    /**
     * The knowledge base's cautions that matter: those about a fact without which a predicate the
     * rules read would have another value (or none), and any about an assertion.
     */
    // the one value tried for a known fact: left open
    private static final int[] LEFT_OPEN = {Fact.UNKNOWN};

    private static List<KnowledgeBase.Caution> kbCautions(List<KnowledgeBase.Caution> cautions, BitSet shown, Context context) {
        if (cautions.isEmpty()) {
            return List.of();
        }
        int[] codes = context.codes();
        Holds[] base = new Holds[Predicates.definitions().size()];
        for (int p = shown.nextSetBit(0); p >= 0; p = shown.nextSetBit(p + 1)) {
            base[p] = context.value(p).holds();
        }
        List<KnowledgeBase.Caution> out = new ArrayList<>();
        for (KnowledgeBase.Caution c : cautions) {
            if (c.fact() == null) {
                // about the place, not one fact: always said
                if (!out.contains(c)) {
                    out.add(c);
                }
                continue;
            }
            Fact f = Catalogue.fact(c.fact()).orElseThrow();
            boolean matters = f.assertion();
            if (!matters) {
                int saved = codes[f.index()];
                // a known fact matters where leaving it open moves a shown predicate; an open one, where some value would
                for (int v : saved == Fact.UNKNOWN ? Predicates.domain(f.index()) : LEFT_OPEN) {
                    context.set(f.index(), v);
                    for (int p = shown.nextSetBit(0); p >= 0 && !matters; p = shown.nextSetBit(p + 1)) {
                        matters = context.value(p).holds() != base[p];
                    }
                    if (matters) {
                        break;
                    }
                }
                context.set(f.index(), saved);
            }
            if (matters && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Literal codes as predicates with values. */
    private static List<PredicateValue> literals(int[] codes) {
        List<PredicateValue> out = new ArrayList<>(codes.length);
        for (int code : codes) {
            out.add(new PredicateValue(Predicates.definitions().get(Literal.predicate(code)).id(), Literal.negative(code) ? "NO" : "YES"));
        }
        return out;
    }

    /** The deriving rule's provenance; its citations are added to {@code cited}. */
    private RuleInfo provenance(Derived d, BitSet cited) {
        Provenance p = rules.get(d.getRule());
        if (p == null) {
            throw new IllegalStateException("derived fact from unknown rule " + d.getRule());
        }
        cite(p.cites(), cited);
        return p.info();
    }

    private static void cite(int[] positions, BitSet cited) {
        for (int i : positions) {
            cited.set(i);
        }
    }

    private Reason reason(Derived d, Layer layer, Outcome outcome, BitSet cited) {
        RuleInfo i = provenance(d, cited);
        return new Reason(d.getRule(), i.doctrine(), i.analysis(), layer, outcome, d.getStatement(), i.cites(), literals(d.basis()),
                literals(d.condition()));
    }

    // The rules' authorities and the premises', by rank and then id.
    private List<Citation> citations(LocalDate asOf, LocalDate askedOn, String state, BitSet cited, List<Premise> premises) {
        for (Premise p : premises) {
            if (p.authority() != null) {
                cite(positions(List.of(p.authority())), cited);
            }
            p.also().forEach(a -> cite(positions(List.of(a.authority())), cited));
        }
        List<Citation> out = new ArrayList<>(cited.cardinality());
        for (int i = cited.nextSetBit(0); i >= 0; i = cited.nextSetBit(i + 1)) {
            Citation c = authorities[i].inForceOn(asOf) ? inForce[i] : notInForce[i];
            Authority.Precedent p = authorities[i].precedentIn(state, askedOn);
            out.add(p == null ? c : new Citation(c.id(), c.citation(), c.kind(), c.rank(), c.jurisdiction(), c.date(), c.url(), c.inForceOnDate(),
                    p.name()));
        }
        return out;
    }
}
