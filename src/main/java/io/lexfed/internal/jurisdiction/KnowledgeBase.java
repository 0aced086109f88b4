package io.lexfed.internal.jurisdiction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexfed.determination.Premise;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.authority.Snapshot;
import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.InformationKind;
import io.lexfed.scenario.Model287g;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.RegulationLaw;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateCrimeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The law of every state and of the localities most often in dispute, as dated provisions read
 * from {@code rules/jurisdictions/<ST>.yaml}. Given a scenario and a date, it fills the state-law
 * and local-policy facts the scenario leaves unknown with the provisions in force that day, and
 * says where every premise came from. Facts the scenario gives always win. Immutable, thread-safe.
 */
public final class KnowledgeBase {
    /** The fifty states and the District of Columbia. */
    public static final List<String> JURISDICTIONS = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    private static final int NO_LOCAL_POLICY = Catalogue.fact("localPolicy.noLocalPolicy").orElseThrow().index();
    private static final int NO_STATEWIDE_LAW = Catalogue.fact("stateLaw.noStatewideLaw").orElseThrow().index();
    // the exceptions a limit carries, by the part it belongs to
    private static final int STATE_JUDICIAL_WARRANT = Catalogue.fact("stateLaw.limitsExceptJudicialWarrant").orElseThrow().index();
    private static final int STATE_STATUS_SAVED = Catalogue.fact("stateLaw.limitsSaveStatusSharing").orElseThrow().index();
    private static final int MODEL_287G = Catalogue.fact("agreement287g.model").orElseThrow().index();
    private static final int FUNCTION_287G = Catalogue.fact("agreement287g.functionWithinAgreement").orElseThrow().index();
    private static final int SUPERVISION_287G = Catalogue.fact("agreement287g.iceSupervision").orElseThrow().index();
    private static final int REG_SUBJECT = Catalogue.fact("regulation.subject").orElseThrow().index();
    private static final int REG_EQUAL = Catalogue.fact("regulation.bindsStateOfficersEqually").orElseThrow().index();
    private static final int REG_DIRECT = Catalogue.fact("regulation.heldToRegulateDirectly").orElseThrow().index();
    private static final int REG_PENDING = Catalogue.fact("regulation.challengePending").orElseThrow().index();
    private static final int REG_RULED = Catalogue.fact("regulation.directRegulationRuledOn").orElseThrow().index();
    private static final int STATE_LISTED_OFFENSES = Catalogue.fact("stateLaw.limitsExceptListedOffenses").orElseThrow().index();
    // whether the person is among those a state limit reaching only listed people protects
    private static final int PERSON_WITHIN_STATE_LIMIT = Catalogue.fact("information.personWithinStateLimit").orElseThrow().index();
    private static final int LOCAL_JUDICIAL_WARRANT = Catalogue.fact("localPolicy.limitsExceptJudicialWarrant").orElseThrow().index();
    private static final int LOCAL_STATUS_SAVED = Catalogue.fact("localPolicy.limitsSaveStatusSharing").orElseThrow().index();
    private static final int LOCAL_LISTED_OFFENSES = Catalogue.fact("localPolicy.limitsExceptListedOffenses").orElseThrow().index();
    private static final int LOCAL_WARRANT_WITH_LISTED_OFFENSES =
            Catalogue.fact("localPolicy.limitsExceptJudicialWarrantWithListedOffenses").orElseThrow().index();

    /**
     * Where the kinds of {@code kinds.yaml} put their values: the yes/no facts of state law that some kind
     * sets, by catalogue index in the order premises are reported, with the kinds that set each; and the
     * same for local policy; and the facts whose value is a provision's status (the state's immigration
     * crimes, one fact per kind of crime), with the kinds that set each.
     */
    private record Layout(Kinds kinds, int[] stateFacts, ProvisionKind[][] stateKinds, int[] localFacts, ProvisionKind[][] localKinds,
                          int[] crimeFacts, ProvisionKind[][] crimeKinds, int[] peopleFacts) {
        static Layout of(Kinds kinds) {
            int[] state = settable(kinds, "stateLaw.", false);
            int[] local = settable(kinds, "localPolicy.", false);
            int[] crimes = settable(kinds, "stateLaw.", true);
            ProvisionKind[][] stateKinds = setters(kinds, state, false);
            // for each state fact, the fact saying whether the provisions in force that set it reach only the people they list (-1: none can)
            int[] people = new int[state.length];
            for (int i = 0; i < state.length; i++) {
                people[i] = Arrays.stream(stateKinds[i]).map(ProvisionKind::people).filter(java.util.Objects::nonNull).findFirst()
                        .map(n -> Catalogue.fact("stateLaw." + n).orElseThrow(() -> new IllegalStateException("kinds.yaml names unknown fact stateLaw." + n)).index())
                        .orElse(-1);
            }
            return new Layout(kinds, state, stateKinds, local, setters(kinds, local, true), crimes, setters(kinds, crimes, false), people);
        }

        private static ProvisionKind[][] setters(Kinds kinds, int[] facts, boolean local) {
            ProvisionKind[][] byFact = new ProvisionKind[facts.length][];
            for (int i = 0; i < facts.length; i++) {
                String name = Catalogue.fact(facts[i]).name();
                // a kind that keeps cooperation says nothing by its absence, so it takes no part in what silence settles
                byFact[i] = kinds.all().stream().filter(k -> name.equals(k.field()) && (!local || k.local()) && !k.keeps()).toArray(ProvisionKind[]::new);
            }
            return byFact;
        }

        private static int[] settable(Kinds kinds, String part, boolean status) {
            Set<String> fields = new HashSet<>();
            for (ProvisionKind k : kinds.all()) {
                if (k.field() != null && (k.value() == ProvisionKind.Value.STATUS) == status) {
                    fields.add(part + k.field());
                }
            }
            return Catalogue.facts().stream().filter(f -> fields.contains(f.path())).mapToInt(Fact::index).toArray();
        }

        // a file's silence settles state fact i only where it is exhaustive for every kind that sets it, each of them settled by silence
        boolean silenceSettles(JurisdictionFile file, int i, LocalDate day) {
            return silenceSettles(file, stateKinds[i], day);
        }

        // the same for crime fact i
        boolean crimeSilenceSettles(JurisdictionFile file, int i, LocalDate day) {
            return silenceSettles(file, crimeKinds[i], day);
        }

        private static boolean silenceSettles(JurisdictionFile file, ProvisionKind[] setters, LocalDate day) {
            for (ProvisionKind k : setters) {
                if (!k.silence() || !file.exhaustiveOn(day, k)) {
                    return false;
                }
            }
            return true;
        }

        // an entry's silence settles local fact i where it is exhaustive that day for every local kind that sets it
        boolean silenceSettles(JurisdictionFile.Locality loc, int i, LocalDate day) {
            if (loc.exhaustive()) {
                return !day.isBefore(loc.coverageFrom());
            }
            for (ProvisionKind k : localKinds[i]) {
                if (!loc.exhaustiveOn(day, k)) {
                    return false;
                }
            }
            return localKinds[i].length > 0;
        }
    }

    /**
     * A jurisdiction's provisions arranged for {@link #complete}: for each state field those that
     * set it, by id; the state immigration crimes of each kind, most severe first; and the same per
     * locality. The arrays are filled once, here, and never changed, so the index can be shared by threads.
     */
    private record Index(Provision[][] byField, Provision[][] crimes, JurisdictionFile.Locality[] localities,
                         Provision[][][] localByField, Provision[][][] ownByField, Map<String, Integer> byName) {
        static Index of(JurisdictionFile f, Layout layout) {
            Provision[][] crimes = new Provision[layout.crimeFacts().length][];
            for (int i = 0; i < crimes.length; i++) {
                String name = Catalogue.fact(layout.crimeFacts()[i]).name();
                crimes[i] = f.provisions().stream().filter(x -> name.equals(x.kind().field()))
                        .sorted(Comparator.comparing((Provision x) -> x.status().ordinal()).thenComparing(Provision::id).reversed())
                        .toArray(Provision[]::new);
            }
            JurisdictionFile.Locality[] localities = f.localities().toArray(JurisdictionFile.Locality[]::new);
            Provision[][][] localByField = new Provision[localities.length][][];
            Provision[][][] ownByField = new Provision[localities.length][][];
            for (int i = 0; i < localities.length; i++) {
                // a locality's own provisions, then those of the localities that contain it
                List<Provision> reaching = new ArrayList<>(localities[i].provisions());
                for (String up = localities[i].within(); up != null; ) {
                    String id = up;
                    JurisdictionFile.Locality parent = f.localities().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
                    reaching.addAll(parent.provisions());
                    up = parent.within();
                }
                localByField[i] = byField(reaching, layout.localFacts());
                // only a locality within another has provisions that are not its own
                ownByField[i] = localities[i].within() == null ? localByField[i] : byField(localities[i].provisions(), layout.localFacts());
            }
            // each locality by its name and aliases, in lower case: the first entry to claim a name keeps it, as a search in file order would
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < localities.length; i++) {
                byName.putIfAbsent(JurisdictionFile.Locality.key(localities[i].name()), i);
                for (String a : localities[i].aliases()) {
                    byName.putIfAbsent(JurisdictionFile.Locality.key(a), i);
                }
            }
            return new Index(byField(f.provisions(), layout.stateFacts()), crimes, localities, localByField, ownByField, Map.copyOf(byName));
        }

        private static Provision[][] byField(List<Provision> provisions, int[] facts) {
            Provision[][] out = new Provision[facts.length][];
            for (int i = 0; i < out.length; i++) {
                String name = Catalogue.fact(facts[i]).name();
                out[i] = provisions.stream().filter(p -> name.equals(p.kind().field())).sorted(Comparator.comparing(Provision::id))
                        .toArray(Provision[]::new);
            }
            return out;
        }
    }

    private final Layout layout;
    private final Map<String, JurisdictionFile> files;
    // each state's index, built the first time a scenario there asks (a command reads one state's file)
    private final java.util.concurrent.ConcurrentHashMap<String, Index> index = new java.util.concurrent.ConcurrentHashMap<>();

    // a state's 287(g) agreements by agency kind and place, filed the first time a scenario there asks
    // (filing every state's at start-up would cost the CLI's cold start for nothing)
    private final java.util.concurrent.ConcurrentHashMap<String, Map<String, List<Agreement>>> agreementsByPlace =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, List<Agreement>> agreements(String state) {
        return agreementsByPlace.computeIfAbsent(state, st -> {
            Map<String, List<Agreement>> out = new HashMap<>();
            for (Agreement a : files.get(st).agreements287g()) {
                String key = a.key();
                if (key != null) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                }
            }
            return Map.copyOf(out);
        });
    }

    private KnowledgeBase(Kinds kinds, Map<String, JurisdictionFile> files) {
        this.layout = Layout.of(kinds);
        this.files = Collections.unmodifiableMap(files);
    }

    private Index index(String state) {
        // a plain read first: every evaluation asks, and only the first for a state builds
        Index at = index.get(state);
        return at != null ? at : index.computeIfAbsent(state, st -> Index.of(files.get(st), layout));
    }

    /**
     * The scenario as completed from the knowledge base, the premises with their sources, cautions, and the locality of
     * the state's file the scenario names, as ST/id (null where none was found), which a judgment may bind as a party.
     */
    public record Completion(Scenario scenario, List<Premise> premises, List<Caution> cautions, String locality) {
    }

    /**
     * A warning about a premise ({@code fact} is its path), e.g. that it rests on an unverified provision
     * ({@code unverified}); or, with no fact, about the place or a law the scenario names.
     */
    public record Caution(String fact, String text, boolean unverified) {
        public Caution(String fact, String text) {
            this(fact, text, false);
        }
    }

    // a user's name echoed in a caution, capped and on one line
    private static String shown(String name) {
        String one = name.strip().replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "..." : one;
    }

    /** The 287(g) agreements of every state's agencies, beside the state files. */
    static final String AGREEMENTS = "287g-agreements.yaml";
    /** The authority of the agreements list: ICE's list of participating agencies. */
    public static final String AGREEMENTS_AUTHORITY = "ice-287g-participating-agencies";

    private record Agreements(String snapshot, String source, List<Agreement> agreements, List<Agreement.Complete> complete) {
    }

    /** Where the bundled jurisdiction files are on the classpath. */
    public static final String YAML = "/io/lexfed/rules/jurisdictions/";
    /** Where their snapshot is on the classpath. */
    public static final String SNAPSHOT = "/io/lexfed/rules/jurisdictions.bin";

    /**
     * Reads the jurisdiction files bundled with the library from their snapshot: the authorities they cite are checked
     * against the registry now, and each file is decoded, and checked as the YAML was, the first time it is asked for (the
     * build checked them all, across files too, when it compiled the snapshot).
     */
    public static KnowledgeBase load(Registry registry) {
        JurisdictionSnapshot.Decoded d = Snapshot.read(SNAPSHOT, JurisdictionSnapshot.SCHEMA, JurisdictionSnapshot::decode);
        List<String> problems = new ArrayList<>();
        if (d.cited().stream().anyMatch(id -> registry.authority(id).isEmpty())) {
            // the registry lacks what the files cite: every file is read to name what cites it, as the YAML's check would
            d.files().forEach((st, f) -> citations(st, cites(f), registry, problems));
        }
        return of(d.kinds(), d.files().checked((st, f) -> {
            List<String> found = new ArrayList<>();
            structure(st, f, new HashSet<>(), found);
            if (!found.isEmpty()) {
                throw inconsistent(found);
            }
        }), problems);
    }

    /** An authority a file cites, and what cites it ("provision X", "provision X's history", "law Y"), for a message naming both. */
    record Cite(String by, String authority) {
    }

    /** The authorities a file cites: its laws', their rulings' and challenges', and its provisions' and their histories', in file order. */
    static List<Cite> cites(JurisdictionFile f) {
        List<Cite> out = new ArrayList<>();
        for (AgentLaw a : f.agentLaws()) {
            out.add(new Cite("law " + a.id(), a.authority()));
            a.rulings().forEach(r -> out.add(new Cite("law " + a.id(), r.by())));
            a.challenges().forEach(c -> out.add(new Cite("law " + a.id(), c.by())));
        }
        List<Provision> all = new ArrayList<>(f.provisions());
        f.localities().forEach(l -> all.addAll(l.provisions()));
        for (Provision p : all) {
            p.history().forEach(e -> out.add(new Cite("provision " + p.id() + "'s history", e.by())));
            out.add(new Cite("provision " + p.id(), p.authority()));
        }
        return out;
    }

    private static void citations(String st, List<Cite> cited, Registry registry, List<String> problems) {
        cited.stream().filter(c -> registry.authority(c.authority()).isEmpty())
                .forEach(c -> problems.add(st + ": " + c.by() + " cites unknown authority " + c.authority()));
    }

    private record KindsFile(List<ProvisionKind> kinds) {
    }

    /**
     * Reads and checks the jurisdiction files under a classpath folder: the build compiles {@link #YAML};
     * tests use their own fixtures, with the bundled kinds unless the folder has its own {@code kinds.yaml}.
     */
    public static KnowledgeBase load(Registry registry, String folder) {
        ObjectMapper plain = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Kinds kinds;
        String kindsAt = KnowledgeBase.class.getResource(folder + Kinds.FILE) != null ? folder : YAML;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(kindsAt + Kinds.FILE)) {
            if (in == null) {
                throw new IllegalStateException("LexFed's knowledge base has no " + Kinds.FILE + " at " + kindsAt);
            }
            kinds = new Kinds(plain.readValue(in, KindsFile.class).kinds());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("LexFed's jurisdiction knowledge base is inconsistent:\n  " + Kinds.FILE + ": " + e.getMessage(), e);
        }
        // a provision names its kind; the kinds of kinds.yaml give it its meaning
        com.fasterxml.jackson.databind.module.SimpleModule byName = new com.fasterxml.jackson.databind.module.SimpleModule()
                .addDeserializer(ProvisionKind.class, new com.fasterxml.jackson.databind.deser.std.StdDeserializer<>(ProvisionKind.class) {
                    @Override
                    public ProvisionKind deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext c)
                            throws IOException {
                        return kinds.named(p.getValueAsString());
                    }
                })
                .addKeyDeserializer(ProvisionKind.class, new com.fasterxml.jackson.databind.KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, com.fasterxml.jackson.databind.DeserializationContext c) {
                        return kinds.named(key);
                    }
                });
        ObjectMapper yaml = plain.copy().registerModule(byName);
        Map<String, JurisdictionFile> files = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<Agreement>> agreements = new HashMap<>();
        Map<String, List<Agreement.Complete>> complete = new HashMap<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(folder + AGREEMENTS)) {
            if (in != null) {
                Agreements read = yaml.readValue(in, Agreements.class);
                for (Agreement a : read.agreements()) {
                    agreements.computeIfAbsent(a.state(), k -> new ArrayList<>()).add(a);
                }
                for (Agreement.Complete c : read.complete() == null ? List.<Agreement.Complete>of() : read.complete()) {
                    complete.computeIfAbsent(c.state(), k -> new ArrayList<>()).add(c);
                }
                if (registry.authority(AGREEMENTS_AUTHORITY).isEmpty()) {
                    problems.add(AGREEMENTS + " rests on unknown authority " + AGREEMENTS_AUTHORITY);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(AGREEMENTS + ": " + e.getMessage());
        }
        for (String st : JURISDICTIONS) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(folder + st + ".yaml")) {
                if (in == null) {
                    continue;
                }
                JurisdictionFile f = yaml.readValue(in, JurisdictionFile.class).with287g(agreements.getOrDefault(st, List.of()), complete.getOrDefault(st, List.of()));
                check(st, f, registry, ids, problems);
                files.put(st, f);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(st + ".yaml: " + e.getMessage());
            }
        }
        agreements.keySet().stream().filter(st -> !files.containsKey(st)).forEach(st -> problems.add(AGREEMENTS + ": no state " + st));
        complete.keySet().stream().filter(st -> !files.containsKey(st)).forEach(st -> problems.add(AGREEMENTS + ": complete for no state " + st));
        return of(kinds, files, problems);
    }

    /** The checks of one file read from YAML; {@code ids} collects provision ids across files. */
    private static void check(String st, JurisdictionFile f, Registry registry, Set<String> ids, List<String> problems) {
        structure(st, f, ids, problems);
        citations(st, cites(f), registry, problems);
    }

    /** The checks of one file that need no registry, the same whether it comes from YAML or from the snapshot. */
    private static void structure(String st, JurisdictionFile f, Set<String> ids, List<String> problems) {
        if (!st.equals(f.state())) {
            problems.add(st + ".yaml declares state " + f.state());
        }
        List<Provision> all = new ArrayList<>(f.provisions());
        Set<String> localityIds = new HashSet<>();
        f.localities().forEach(l -> localityIds.add(l.id()));
        for (JurisdictionFile.Locality l : f.localities()) {
            all.addAll(l.provisions());
            l.provisions().stream().filter(p -> !p.kind().isLocal())
                    .forEach(p -> problems.add(st + "/" + l.id() + ": " + p.id() + " has a kind only states have: " + p.kind()));
            // whom a provision reaches is read for state law only (a state fact records it)
            l.provisions().stream().filter(p -> p.scope().people() != null)
                    .forEach(p -> problems.add(st + "/" + l.id() + ": " + p.id() + " names the people it reaches, which only a state's provision can"));
            l.exhaustiveFor().keySet().stream().filter(k -> !k.isLocal())
                    .forEach(k -> problems.add(st + "/" + l.id() + ": exhaustiveFor names a kind only states have: " + k));
            // local policy binds local actors only (the predicates read it for them alone), and a local court's own rules its staff
            l.provisions().forEach(p -> p.binds().stream().filter(a -> !a.isLocal() && a != Actor.JUDGE_OR_COURT_STAFF)
                    .forEach(a -> problems.add(st + "/" + l.id() + ": " + p.id() + " binds " + a + ", which no local policy binds")));
            Set<String> seen = new HashSet<>();
            for (String up = l.within(); up != null; ) {
                String id = up;
                if (!localityIds.contains(id) || !seen.add(id) || id.equals(l.id())) {
                    problems.add(st + "/" + l.id() + ": within names no containing locality of the file, or a cycle: " + id);
                    break;
                }
                up = f.localities().stream().filter(x -> x.id().equals(id)).findFirst().map(JurisdictionFile.Locality::within).orElse(null);
            }
        }
        for (AgentLaw a : f.agentLaws()) {
            if (!ids.add(a.id().name())) {
                problems.add(st + ": law " + a.id() + " is described twice");
            }
        }
        supersession(st, f.provisions(), problems);
        f.localities().forEach(l -> supersession(st + "/" + l.id(), l.provisions(), problems));
        for (Provision p : all) {
            if (!ids.add(p.id())) {
                problems.add(st + ": duplicate provision id " + p.id());
            }
        }
    }

    /**
     * Provisions of one place that set the same fact two ways (a grant and a denial of arrest power)
     * on a common day, for a common actor, must say which supersedes the other; and a provision
     * supersedes only provisions of its place that set its fact. Dates are compared as enacted,
     * injunctions aside, so a conflict hidden by an order is still reported.
     */
    private static void supersession(String where, List<Provision> provisions, List<String> problems) {
        for (Provision p : provisions) {
            for (String id : p.supersedes()) {
                boolean known = provisions.stream().anyMatch(q -> q.id().equals(id) && q != p && java.util.Objects.equals(q.kind().field(), p.kind().field())
                        && q.kind().field() != null);
                if (!known) {
                    problems.add(where + ": " + p.id() + " supersedes " + id + ", which is no provision of the same place setting the same fact");
                }
            }
        }
        for (int i = 0; i < provisions.size(); i++) {
            Provision p = provisions.get(i);
            for (Provision q : provisions.subList(i + 1, provisions.size())) {
                boolean sameFact = p.kind().field() != null && p.kind().field().equals(q.kind().field());
                boolean overlap = (q.inForceUntil() == null || q.inForceUntil().isAfter(p.inForceFrom()))
                        && (p.inForceUntil() == null || p.inForceUntil().isAfter(q.inForceFrom()));
                if (sameFact && p.kind().value() != q.kind().value() && overlap && p.binds().stream().anyMatch(q.binds()::contains)
                        && !p.supersedes().contains(q.id()) && !q.supersedes().contains(p.id())) {
                    problems.add(where + ": " + p.id() + " and " + q.id() + " set " + p.kind().field() + " two ways on the same days; "
                            + "say which supersedes the other (supersedes:)");
                }
            }
        }
    }

    private static KnowledgeBase of(Kinds kinds, Map<String, JurisdictionFile> files, List<String> problems) {
        if (!problems.isEmpty()) {
            throw inconsistent(problems);
        }
        return new KnowledgeBase(kinds, files);
    }

    private static IllegalStateException inconsistent(List<String> problems) {
        return new IllegalStateException("LexFed's jurisdiction knowledge base is inconsistent:\n  " + String.join("\n  ", problems));
    }

    /** The kinds of provision its files use. */
    public Kinds kinds() {
        return layout.kinds();
    }

    /** This knowledge base as a snapshot keyed to the rules {@code fingerprint}. */
    public byte[] snapshot(String fingerprint) {
        return JurisdictionSnapshot.write(layout.kinds(), files, fingerprint);
    }

    /** The same knowledge base restricted to some jurisdictions (to measure how cost grows with its size). */
    public KnowledgeBase only(java.util.Collection<String> states) {
        Map<String, JurisdictionFile> kept = new LinkedHashMap<>();
        files.forEach((k, v) -> {
            if (states.contains(k)) {
                kept.put(k, v);
            }
        });
        return new KnowledgeBase(layout.kinds(), kept);
    }

    public Map<String, JurisdictionFile> files() {
        return files;
    }

    public Optional<JurisdictionFile> file(String state) {
        return Optional.ofNullable(state == null ? null : files.get(state));
    }

    /**
     * Fills what the scenario leaves unknown: first from the scenario's own shorthand that there is no
     * local policy, then with the law in force on {@code asOf}, and last from the user's assertion
     * that the state has no statewide law, which speaks only where the knowledge base is silent.
     */
    public Completion complete(Scenario s, LocalDate asOf) {
        // at most one premise per fact, by catalogue index: reported in catalogue order, whichever source settled each
        Premise[] premises = new Premise[Catalogue.size()];
        List<Caution> cautions = new ArrayList<>();
        // the locality found in the state's file, as ST/id, or null
        String localityId = null;
        String st = s.jurisdiction().state();
        JurisdictionFile file = st == null ? null : files.get(st);
        Index at = file == null ? null : index(st);
        Actor actor = s.actor();
        Action action = s.action();
        InformationKind info = s.information().kind();
        Place place = s.federalAction().place();
        // what a provision's scope is tested against
        Provision.Question q = new Provision.Question(action, info, s.stop().immigrationCrime(), place);
        int[] codes = Catalogue.codes(s);
        int[] stateFacts = layout.stateFacts();
        int[] localFacts = layout.localFacts();
        for (int f : stateFacts) {
            given(codes, f, premises);
        }
        for (int f : layout.crimeFacts()) {
            given(codes, f, premises);
        }
        for (int f : localFacts) {
            given(codes, f, premises);
        }
        fill(codes, NO_LOCAL_POLICY, Premise.Source.SCENARIO, premises);

        // a state officer's question about enforcing the state's own policy concerns its limits whoever they bind
        Bound stateActor = new Bound(actor, action == Action.ENFORCE_SANCTUARY_POLICY && actor.isGovernmental() && !actor.isLocal());
        Bound localActor = new Bound(actor, false);
        if (file != null) {
            // the cautions the knowledge base's own answer to a fact the scenario gives would carry, set aside one fact at a time
            List<Caution> scratch = new ArrayList<>(2);
            for (int i = 0; i < stateFacts.length; i++) {
                int f = stateFacts[i];
                int given = codes[f];
                codes[f] = Fact.UNKNOWN;
                List<Caution> aside = given == Fact.UNKNOWN ? cautions : cleared(scratch);
                List<Provision> provisionsInForce = stateFact(file, at, i, stateActor, q, asOf, codes, premises, aside);
                compareGiven(f, given, codes, premises, cautions, aside, st, asOf);
                if (layout.peopleFacts()[i] >= 0 && codes[f] == YES) {
                    people(provisionsInForce, given == YES, layout.peopleFacts()[i], f, codes, premises, cautions);
                }
            }
            // each kind of state immigration crime has its own standing that day, whichever the question is about
            for (int i = 0; i < layout.crimeFacts().length; i++) {
                int f = layout.crimeFacts()[i];
                int given = codes[f];
                codes[f] = Fact.UNKNOWN;
                List<Caution> aside = given == Fact.UNKNOWN ? cautions : cleared(scratch);
                crimeFact(file, at, i, asOf, codes, premises, aside);
                compareGiven(f, given, codes, premises, cautions, aside, st, asOf);
            }
            exceptions(at.byField(), stateActor, q, asOf, codes, premises, cautions, STATE_JUDICIAL_WARRANT, STATE_STATUS_SAVED, STATE_LISTED_OFFENSES, -1);
            String locality = s.jurisdiction().locality();
            int l = locality == null ? -1 : locality(at, locality);
            // a place given with a remark or with the places around it is found by its own name, and the reader told so;
            // the name is cut only when the whole did not match, off the common path
            String named = l >= 0 || locality == null ? null : mostSpecific(locality);
            if (named != null && !named.equals(locality.strip())) {
                l = locality(at, named);
                if (l >= 0) {
                    cautions.add(new Caution(null, "\"" + shown(locality) + "\" was read as " + at.localities()[l].name() + ", " + st
                            + " (the name before any remark in parentheses or comma)."));
                }
            }
            if (l >= 0) {
                JurisdictionFile.Locality loc = at.localities()[l];
                localityId = st + "/" + loc.id();
                // a question about the locality's own policy reads its own provisions, not its county's
                Provision[][] reaching = action == Action.ENFORCE_SANCTUARY_POLICY ? at.ownByField()[l] : at.localByField()[l];
                for (int i = 0; i < localFacts.length; i++) {
                    int f = localFacts[i];
                    int given = codes[f];
                    codes[f] = Fact.UNKNOWN;
                    List<Caution> aside = given == Fact.UNKNOWN ? cautions : cleared(scratch);
                    localFact(loc, reaching[i], i, localActor, q, asOf, codes, premises, aside);
                    compareGiven(f, given, codes, premises, cautions, aside, st, asOf);
                }
                exceptions(reaching, localActor, q, asOf, codes, premises, cautions, LOCAL_JUDICIAL_WARRANT, LOCAL_STATUS_SAVED, LOCAL_LISTED_OFFENSES,
                        LOCAL_WARRANT_WITH_LISTED_OFFENSES);
            } else if (!file.localLevel()) {
                // the District's own law is its local law: no policy of a lower level can exist
                for (int f : localFacts) {
                    if (codes[f] == Fact.UNKNOWN) {
                        codes[f] = NO;
                        premises[f] = new Premise(Catalogue.fact(f).path(), "NO", Premise.Source.KNOWLEDGE_BASE, null, null, null);
                    }
                }
            } else if (locality != null && Arrays.stream(localFacts).anyMatch(f -> codes[f] == Fact.UNKNOWN)) {
                cautions.add(new Caution(null, "\"" + shown(locality) + "\" is not in the knowledge base for " + st
                        + ": its local policy is unknown to LexFed, so state it (localPolicy) where it matters."));
            }
        }
        // with no file for the state, a mandate or limit the scenario states is about this case (a file's answers are read above)
        for (int i = 0; file == null && i < stateFacts.length; i++) {
            if (layout.peopleFacts()[i] >= 0 && codes[stateFacts[i]] == YES) {
                people(List.of(), true, layout.peopleFacts()[i], stateFacts[i], codes, premises, cautions);
            }
        }
        agentLaw(s, file, asOf, codes, premises, cautions);
        agreement287g(s, file, file == null ? Map.of() : agreements(st), asOf, codes, premises, cautions);
        if (codes[NO_STATEWIDE_LAW] == YES) {
            assertNoStatewideLaw(codes, premises, cautions);
        }
        List<Premise> ordered = new ArrayList<>();
        for (Premise p : premises) {
            if (p != null) {
                ordered.add(p);
            }
        }
        return new Completion(Catalogue.scenario(s, codes), List.copyOf(ordered), List.copyOf(cautions), localityId);
    }

    // the state's answer for fact stateFacts[i] from its provisions in force that day, where the file settles it; returns
    // those provisions (that reach the question, bind the actor and are in force)
    private List<Provision> stateFact(JurisdictionFile file, Index at, int i, Bound stateActor, Provision.Question q, LocalDate asOf,
                           int[] codes, Premise[] premises, List<Caution> cautions) {
        int f = layout.stateFacts()[i];
        List<Provision> ps = inForce(at.byField()[i], stateActor, q, asOf);
        Provision p = ps.isEmpty() ? null : ps.get(0);
        Provision narrower = p == null ? narrower(at.byField()[i], stateActor, q, asOf) : null;
        if (narrower != null) {
            // a provision whose scope leaves the act out answers NO where the file is exhaustive; one whose reach turns on an
            // unknown kind of information, place or crime, or that was never read for the act, nothing
            if (narrower.reaches(q) != null && layout.silenceSettles(file, i, asOf)) {
                codes[f] = NO;
                premises[f] = outOfScope(Catalogue.fact(f).path(), narrower, cautions);
            } else {
                openBeside(Catalogue.fact(f).path(), narrower, q, cautions);
            }
            return ps;
        }
        // the build refuses provisions that set one fact two ways on a day, unless one supersedes the other
        int yes = p == null ? Fact.UNKNOWN : p.kind().value() == ProvisionKind.Value.NO ? NO : YES;
        Provision enjoined = p == null ? enjoined(at.byField()[i], stateActor, asOf) : null;
        if (p != null && !contradicts(codes, f, yes)) {
            codes[f] = yes;
            premises[f] = fromProvisions(Catalogue.fact(f).path(), Catalogue.fact(f).name(yes), ps, cautions);
        } else if (enjoined != null && enjoined.kind().silence() && !contradicts(codes, f, NO)) {
            // an enjoined provision is not law that day: the premise names it and the order
            codes[f] = NO;
            premises[f] = new Premise(Catalogue.fact(f).path(), "NO", Premise.Source.KNOWLEDGE_BASE, enjoined.id(),
                    enjoined.enjoinedOn(asOf).by(), enjoined.verified());
        } else if (layout.silenceSettles(file, i, asOf)) {
            codes[f] = NO;
            premises[f] = new Premise(Catalogue.fact(f).path(), "NO", Premise.Source.KNOWLEDGE_BASE, null, null, null);
        }
        return ps;
    }

    // the standing of the state's crime of kind crimeFacts()[i] that day, where the file settles it
    private void crimeFact(JurisdictionFile file, Index at, int i, LocalDate asOf, int[] codes, Premise[] premises, List<Caution> cautions) {
        int f = layout.crimeFacts()[i];
        Fact crime = Catalogue.fact(f);
        Provision p = null;
        for (Provision x : at.crimes()[i]) {
            if (x.enactedOn(asOf)) {
                p = x;
                break;
            }
        }
        if (p != null) {
            // a crime whose history enjoins it that day is ENJOINED, whatever status it was enacted with
            Provision.Event order = p.enjoinedOn(asOf);
            String status = order == null ? p.status().name() : StateCrimeStatus.ENJOINED.name();
            codes[f] = crime.code(status);
            premises[f] = order == null ? fromProvision(crime.path(), status, p, cautions)
                    : new Premise(crime.path(), status, Premise.Source.KNOWLEDGE_BASE, p.id(), order.by(), p.verified());
        } else if (layout.crimeSilenceSettles(file, i, asOf)) {
            codes[f] = crime.code(StateCrimeStatus.NONE.name());
            premises[f] = new Premise(crime.path(), StateCrimeStatus.NONE.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null);
        }
    }

    // the locality's answer for fact localFacts()[i] from the provisions reaching the actor that day, where its entry settles it
    private void localFact(JurisdictionFile.Locality loc, Provision[] reaching, int i, Bound localActor, Provision.Question q,
                           LocalDate asOf, int[] codes, Premise[] premises, List<Caution> cautions) {
        int f = layout.localFacts()[i];
        boolean localCovered = layout.silenceSettles(loc, i, asOf);
        List<Provision> ps = inForce(reaching, localActor, q, asOf);
        Provision narrower = ps.isEmpty() ? narrower(reaching, localActor, q, asOf) : null;
        if (narrower != null) {
            if (narrower.reaches(q) != null && localCovered) {
                codes[f] = NO;
                premises[f] = outOfScope(Catalogue.fact(f).path(), narrower, cautions);
            } else {
                openBeside(Catalogue.fact(f).path(), narrower, q, cautions);
            }
        } else if (!ps.isEmpty()) {
            // a limit, or a policy that expressly keeps the cooperation (the build refuses the two on one day unless one supersedes the other)
            int value = ps.get(0).kind().value() == ProvisionKind.Value.NO ? NO : YES;
            codes[f] = value;
            premises[f] = fromProvisions(Catalogue.fact(f).path(), Catalogue.fact(f).name(value), ps, cautions);
        } else if (localCovered) {
            codes[f] = NO;
            premises[f] = new Premise(Catalogue.fact(f).path(), "NO", Premise.Source.KNOWLEDGE_BASE, null, null, null);
        }
    }

    /**
     * A fact the scenario gives wins over the knowledge base. Where the knowledge base says the same that day, the premise
     * names the provision it rests on (not one whose scope merely leaves the question out); where it says otherwise, a
     * caution says what it holds. {@code aside} holds the cautions the knowledge base's own answer would have carried.
     */
    private static void compareGiven(int f, int given, int[] codes, Premise[] premises, List<Caution> cautions, List<Caution> aside, String st,
                                     LocalDate asOf) {
        if (given == Fact.UNKNOWN) {
            return;
        }
        int known = codes[f];
        Premise kb = premises[f];
        Fact fact = Catalogue.fact(f);
        codes[f] = given;
        // a provision whose scope leaves the question out (explained in a caution set aside) says nothing for the fact given
        boolean outOfScope = aside.stream().anyMatch(c -> !c.unverified());
        premises[f] = known == given && kb != null && kb.provision() != null && !outOfScope
                ? new Premise(fact.path(), fact.name(given), Premise.Source.SCENARIO, kb.provision(), kb.authority(), kb.verified(), kb.also())
                : new Premise(fact.path(), fact.name(given), Premise.Source.SCENARIO, null, null, null);
        if (known != Fact.UNKNOWN && known != given) {
            cautions.add(new Caution(fact.path(), "The scenario gives " + fact.path() + " = " + fact.name(given) + ", but the knowledge base holds "
                    + fact.name(known) + " for " + st + " on " + asOf
                    + (kb != null && kb.provision() != null ? " (provision " + kb.provision() + ", " + kb.authority() + ")" : " (no such provision in force, and the file lists every one)")
                    + "; LexFed applied the scenario's fact."));
        }
    }

    private static List<Caution> cleared(List<Caution> list) {
        list.clear();
        return list;
    }

    private static final int YES = 0;
    private static final int NO = 1;

    /** The actor a provision must bind to answer for it; {@code wholePolicy}: any limit of the place answers, whoever it binds. */
    private record Bound(Actor actor, boolean wholePolicy) {
        boolean binds(Provision p) {
            return p.binds().contains(actor) || wholePolicy && p.kind().isLocal();
        }
    }

    private static void given(int[] codes, int f, Premise[] premises) {
        if (codes[f] != Fact.UNKNOWN) {
            Fact fact = Catalogue.fact(f);
            premises[f] = new Premise(fact.path(), fact.name(codes[f]), Premise.Source.SCENARIO, null, null, null);
        }
    }

    /** A YES shorthand fills the facts it covers that are still unknown, each a premise from {@code source}. */
    private static void fill(int[] codes, int shorthand, Premise.Source source, Premise[] premises) {
        if (codes[shorthand] != YES) {
            return;
        }
        Catalogue.fact(shorthand).fills().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (codes[e.getKey()] == Fact.UNKNOWN) {
                codes[e.getKey()] = e.getValue();
                Fact f = Catalogue.fact(e.getKey());
                premises[e.getKey()] = new Premise(f.path(), f.name(e.getValue()), source, null, null, null);
            }
        });
    }

    /**
     * The user's assertion that the state has no statewide law fills what is still unknown. It is a
     * conclusion about the law, so where the knowledge base holds a provision it gives way, with a
     * caution; the completed scenario keeps the facts it filled, not the assertion itself.
     */
    private static void assertNoStatewideLaw(int[] codes, Premise[] premises, List<Caution> cautions) {
        Fact assertion = Catalogue.fact(NO_STATEWIDE_LAW);
        List<String> displaced = new ArrayList<>();
        assertion.fills().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (codes[e.getKey()] != Fact.UNKNOWN && codes[e.getKey()] != e.getValue()) {
                Premise p = premises[e.getKey()];
                displaced.add(p.fact() + " = " + p.value() + (p.provision() == null ? "" : " (" + p.provision() + ")"));
            }
        });
        fill(codes, NO_STATEWIDE_LAW, Premise.Source.ASSERTION, premises);
        codes[NO_STATEWIDE_LAW] = Fact.UNKNOWN;
        if (!displaced.isEmpty()) {
            cautions.add(new Caution(assertion.path(), "The scenario asserts that the state has no statewide law, but " + String.join("; ", displaced)
                    + " is known for this date; LexFed applied that and used the assertion only where nothing else is known."));
        }
    }

    /** Whether setting fact {@code f} to {@code code} would contradict what is already known. */
    private static boolean contradicts(int[] codes, int f, int code) {
        int before = codes[f];
        codes[f] = code;
        boolean contradictory = Catalogue.contradictory(codes, f);
        codes[f] = before;
        return contradictory;
    }

    /**
     * A law on federal agents the scenario names: its subject and the prongs as its text says and the
     * courts have held (the latest ruling known when the question is asked), and whether a challenge is
     * pending then. Facts the scenario gives win; a law of another state is not applied, with a caution.
     */
    private static void agentLaw(Scenario s, JurisdictionFile file, LocalDate asOf, int[] codes, Premise[] premises, List<Caution> cautions) {
        RegulationLaw named = s.regulation().law();
        if (named == RegulationLaw.UNKNOWN || named == RegulationLaw.OTHER) {
            return;
        }
        AgentLaw law = file == null ? null : file.agentLaws().stream().filter(a -> a.id() == named).findFirst().orElse(null);
        if (law == null) {
            cautions.add(new Caution(null, named + " is not a law of " + (file == null ? "an unnamed state" : file.state())
                    + " in the knowledge base, so nothing is completed from it; give its prongs as facts."));
            return;
        }
        LocalDate asked = s.askedOn();
        fillLaw(codes, premises, REG_SUBJECT, Catalogue.fact(REG_SUBJECT).code(law.subject().name()), law, law.authority());
        AgentLaw.Ruling equal = law.ruling(asked, AgentLaw.Ruling::bindsStateOfficersEqually);
        if (equal != null) {
            fillLaw(codes, premises, REG_EQUAL, equal.bindsStateOfficersEqually().ordinal(), law, equal.by());
        } else if (law.bindsStateOfficersEqually() != null) {
            fillLaw(codes, premises, REG_EQUAL, law.bindsStateOfficersEqually().ordinal(), law, law.authority());
        }
        AgentLaw.Ruling direct = law.ruling(asked, AgentLaw.Ruling::regulatesFederalOperationsDirectly);
        if (direct != null) {
            fillLaw(codes, premises, REG_DIRECT, direct.regulatesFederalOperationsDirectly().ordinal(), law, direct.by());
        } else if (law.regulatesFederalOperationsDirectly() != null) {
            fillLaw(codes, premises, REG_DIRECT, law.regulatesFederalOperationsDirectly().ordinal(), law, law.authority());
        }
        // a named law none of whose rulings the knowledge base holds decides the prong has had none: it is an open question
        boolean ruled = direct != null || law.regulatesFederalOperationsDirectly() != null;
        fillLaw(codes, premises, REG_RULED, ruled ? YES : NO, law, direct != null ? direct.by() : law.authority());
        for (AgentLaw.Ruling r : new java.util.LinkedHashSet<>(java.util.Arrays.asList(equal, direct))) {
            if (r != null && r.on().isAfter(asOf)) {
                cautions.add(new Caution(null, "The ruling on " + law.title() + " of " + r.on() + " (" + r.by() + ") came after the events and "
                        + "answers for them, as a court's reading of the law states what it always was; set askedOn to see the question as it "
                        + "stood on an earlier day."));
            }
        }
        AgentLaw.Challenge pending = law.pendingOn(asked != null ? asked : LocalDate.now());
        // a challenge in which the court has ruled on both prongs is not undecided: its ruling answers them
        // (at whatever stage) until it is reversed or superseded, and the caution says the case goes on
        boolean ruledIn = pending != null && equal != null && direct != null && equal.by().equals(pending.by()) && direct.by().equals(pending.by());
        if (ruledIn) {
            cautions.add(new Caution(null, "The challenge to " + law.title() + " (" + pending.by() + ") is still pending; the court's ruling on "
                    + "both prongs of intergovernmental immunity decides them here until it is reversed or superseded."));
        }
        fillLaw(codes, premises, REG_PENDING, pending != null && !ruledIn ? YES : NO, law, pending != null ? pending.by() : law.authority());
        if (law.inForceFrom() != null && asOf.isBefore(law.inForceFrom())) {
            cautions.add(new Caution(null, law.title() + " takes effect on " + law.inForceFrom() + ", after the events."));
        }
    }

    /**
     * The 287(g) agreement of the actor's agency in the named locality (or the state's patrol) in force
     * on the date, where ICE's list has one: its model. An agency the list does not show in force had none
     * where the list is complete for the state on the date; elsewhere it is left unknown, since there the list
     * is not a complete history. A model the scenario gives wins.
     */
    private static void agreement287g(Scenario s, JurisdictionFile file, Map<String, List<Agreement>> byPlace, LocalDate asOf, int[] codes,
                                      Premise[] premises, List<Caution> cautions) {
        String key = codes[MODEL_287G] != Fact.UNKNOWN ? null : Agreement.key(s.actor(), s.jurisdiction().locality());
        if (key == null) {
            return;
        }
        List<Agreement> candidates = byPlace.getOrDefault(key, List.of());
        // an agency may hold several models: the one for the act in question (the field for arrests, the jail otherwise)
        List<Model287g> preference = s.action() == Action.CIVIL_IMMIGRATION_ARREST || s.action() == Action.ASSIST_ENFORCEMENT
                ? List.of(Model287g.TASK_FORCE, Model287g.JAIL_ENFORCEMENT, Model287g.WARRANT_SERVICE_OFFICER)
                : List.of(Model287g.JAIL_ENFORCEMENT, Model287g.WARRANT_SERVICE_OFFICER, Model287g.TASK_FORCE);
        Agreement best = null;
        for (Agreement a : candidates) {
            if (a.inForceOn(asOf) && (best == null || preference.indexOf(a.model()) < preference.indexOf(best.model()))) {
                best = a;
            }
        }
        if (best != null) {
            codes[MODEL_287G] = Catalogue.fact(MODEL_287G).code(best.model().name());
            premises[MODEL_287G] = new Premise(Catalogue.fact(MODEL_287G).path(), best.model().name(), Premise.Source.KNOWLEDGE_BASE,
                    "287(g): " + best.agency() + ", signed " + best.signed(), AGREEMENTS_AUTHORITY, true);
        } else if (file != null && file.agreementsCompleteOn(asOf)) {
            // the list holds every agreement of the state's agencies on that day, so this agency had none; a
            // scenario that says the officer works under one is not overruled, but told
            if (codes[FUNCTION_287G] == YES || codes[SUPERVISION_287G] == YES) {
                cautions.add(new Caution(Catalogue.fact(MODEL_287G).path(), "The scenario describes work under a 287(g) agreement, but ICE's "
                        + "287(g) list, complete for " + file.state() + " on this date, shows none for this agency; LexFed left the model as "
                        + "unknown rather than contradict the scenario."));
                return;
            }
            codes[MODEL_287G] = Catalogue.fact(MODEL_287G).code(Model287g.NONE.name());
            premises[MODEL_287G] = new Premise(Catalogue.fact(MODEL_287G).path(), Model287g.NONE.name(), Premise.Source.KNOWLEDGE_BASE,
                    "287(g): no agreement of this agency; the list is complete for " + file.state() + " on the day", AGREEMENTS_AUTHORITY, true);
        }
    }

    // a fact the scenario gives wins; where it says what the law's record says, the premise names the law, so it is cited
    private static void fillLaw(int[] codes, Premise[] premises, int fact, int code, AgentLaw law, String authority) {
        if (codes[fact] == Fact.UNKNOWN) {
            codes[fact] = code;
            premises[fact] = new Premise(Catalogue.fact(fact).path(), Catalogue.fact(fact).name(code), Premise.Source.KNOWLEDGE_BASE,
                    law.id().name(), authority, true);
        } else if (codes[fact] == code) {
            premises[fact] = new Premise(Catalogue.fact(fact).path(), Catalogue.fact(fact).name(code), Premise.Source.SCENARIO,
                    law.id().name(), authority, true);
        }
    }

    // "Cook County (Rolling Meadows courthouse)" names Cook County; "Laredo, Webb County" names Laredo, not its county,
    // whose policy need not be the city's
    private static String mostSpecific(String name) {
        String n = name;
        int paren = n.indexOf('(');
        if (paren > 0) {
            n = n.substring(0, paren);
        }
        int comma = n.indexOf(',');
        if (comma > 0) {
            n = n.substring(0, comma);
        }
        return n.strip();
    }

    /** The position of the state's locality that answers to {@code name} (the first in the file to claim it), or -1. */
    private static int locality(Index at, String name) {
        Integer i = at.byName().get(JurisdictionFile.Locality.key(name));
        return i == null ? -1 : i;
    }

    /**
     * Whether the provisions in force that reach the question reach only the people they list (a drug arrestee, a person
     * committed after a felony conviction, a hate-crime victim): YES if every one does, and a caution names whom; NO if one reaches everyone.
     * Where the scenario itself states the fact the provisions set ({@code of}: a mandate, a limit) ({@code stated}), the
     * statement is about this case, so it reaches the person: NO, resting on the scenario, with a caution where the provisions the knowledge
     * base holds reach only some people. A fact the scenario gives is left as given.
     */
    private static void people(List<Provision> reaching, boolean stated, int fact, int of, int[] codes, Premise[] premises, List<Caution> cautions) {
        if (codes[fact] != Fact.UNKNOWN) {
            return;
        }
        String path = Catalogue.fact(fact).path();
        if (stated) {
            codes[fact] = NO;
            premises[fact] = new Premise(path, "NO", Premise.Source.SCENARIO, null, null, null);
            for (Provision p : reaching) {
                if (p.scope().people() != null) {
                    cautions.add(new Caution(path, "The scenario states " + Catalogue.fact(of).path() + " = YES; provision " + p.id() + " ("
                            + p.authority() + ") reaches only " + p.scope().people() + ", so the statement is read as saying the person is among them."));
                }
            }
            return;
        }
        if (reaching.isEmpty()) {
            return;
        }
        if (reaching.stream().allMatch(p -> p.scope().people() != null)) {
            codes[fact] = YES;
            premises[fact] = fromProvisions(path, "YES", reaching, cautions);
            for (Provision p : reaching) {
                cautions.add(new Caution(path, "Provision " + p.id() + " (" + p.authority() + ") reaches only " + p.scope().people()
                        + ": whether the person is among them decides whether it applies."));
            }
        } else {
            codes[fact] = NO;
            premises[fact] = fromProvisions(path, "NO", reaching.stream().filter(p -> p.scope().people() == null).toList(), cautions);
        }
    }

    /**
     * The exceptions the limits in force carry, as facts: a limit that yields to a judicial warrant,
     * a limit on information that saves communicating status or yields for listed offenses (a fact
     * only the state level has: {@code listedOffenses} is -1 for a locality). The limits read are
     * those whose kind reaches the act where it happens and can carry the exception (kinds.yaml).
     * YES if every such limit in force carries the exception; NO if one read for its exceptions does
     * not (it forbids the act whatever the others allow); otherwise the fact stays unknown. Facts the
     * scenario gives are left as given. A limit that protects only the people it lists (Cal. Penal Code
     * 422.93) speaks for the exceptions only where the person is among them or no other limit is in force:
     * beside a limit that reaches everyone, and with the person's standing unknown, the others' exceptions
     * are the rule and a caution says which listed people the narrow limit still protects without them.
     */
    private static void exceptions(Provision[][] byField, Bound actor, Provision.Question q, LocalDate day, int[] codes,
                                   Premise[] premises, List<Caution> cautions, int judicialWarrant, int statusSaved, int listedOffenses,
                                   int warrantWithListedOffenses) {
        List<Provision> limits = new ArrayList<>();
        for (Provision[] provisions : byField) {
            for (Provision p : provisions) {
                if (p.kind().reaches(q.action(), q.place()) && actor.binds(p) && p.inForceOn(day)
                        && !Boolean.FALSE.equals(p.reaches(q))) {
                    limits.add(p);
                }
            }
        }
        List<Provision> narrow = List.of();
        if (codes[PERSON_WITHIN_STATE_LIMIT] != YES && limits.stream().anyMatch(p -> p.scope().people() == null)) {
            narrow = limits.stream().filter(p -> p.scope().people() != null).toList();
            limits.removeAll(narrow);
        }
        exception(limits, narrow, Provision.Exception.JUDICIAL_WARRANT, judicialWarrant, codes, premises, cautions);
        exception(limits, narrow, Provision.Exception.STATUS_SAVINGS_CLAUSE, statusSaved, codes, premises, cautions);
        if (q.action() == Action.ENFORCE_SANCTUARY_POLICY) {
            policySparesStatus(byField, actor, day, statusSaved, codes, premises, cautions);
        }
        if (listedOffenses >= 0) {
            exception(limits, narrow, Provision.Exception.LISTED_OFFENSES, listedOffenses, codes, premises, cautions);
        }
        if (warrantWithListedOffenses >= 0) {
            exception(limits, narrow, Provision.Exception.JUDICIAL_WARRANT_WITH_LISTED_OFFENSES, warrantWithListedOffenses, codes, premises, cautions);
        }
    }

    /**
     * For a question about enforcing the policy in force, whether its limits on sharing spare communicating
     * status (what 8 U.S.C. 1373 turns on): each must save status expressly or reach only other information
     * (release dates, addresses); one read that reaches status without a savings clause restricts it; one
     * whose text was not read leaves the question open.
     */
    private static void policySparesStatus(Provision[][] byField, Bound actor, LocalDate day, int fact, int[] codes, Premise[] premises,
                                           List<Caution> cautions) {
        if (codes[fact] != Fact.UNKNOWN) {
            return;
        }
        List<Provision> limits = new ArrayList<>();
        for (Provision[] provisions : byField) {
            for (Provision p : provisions) {
                if (p.kind().exceptions().contains(Provision.Exception.STATUS_SAVINGS_CLAUSE) && actor.binds(p) && p.inForceOn(day)) {
                    limits.add(p);
                }
            }
        }
        settle(limits, KnowledgeBase::spares, Provision::exceptionsRead, fact, codes, premises, cautions);
    }

    private static boolean spares(Provision p) {
        List<InformationKind> reached = p.scope().information();
        return p.carries(Provision.Exception.STATUS_SAVINGS_CLAUSE) || !reached.isEmpty() && !reached.contains(InformationKind.IMMIGRATION_STATUS);
    }

    /**
     * Settles the fact of one exception from the limits reaching the act. narrow: limits protecting only listed people,
     * set aside because the person is not known to be among them. A local limit whose text was not read for its
     * exceptions is taken, for listed convictions or charges, to have none, and a caution says so: the sources recorded
     * describe the limit without one, and leaving the fact open would ask, of every such county, a question nobody
     * recorded a reason to ask. Every other exception of a limit not read stays open.
     */
    private static void exception(List<Provision> reaching, List<Provision> narrow, Provision.Exception e, int fact, int[] codes, Premise[] premises,
                                  List<Caution> cautions) {
        if (codes[fact] != Fact.UNKNOWN || reaching.isEmpty()) {
            return;
        }
        List<Provision> limits = reaching.stream().filter(p -> p.kind().exceptions().contains(e)).toList();
        boolean unreadIsNone = fact == LOCAL_LISTED_OFFENSES;
        if (unreadIsNone) {
            for (Provision p : limits) {
                if (!p.exceptionsRead()) {
                    cautions.add(new Caution(Catalogue.fact(fact).path(), "Provision " + p.id() + " (" + p.authority()
                            + ") was not read for exceptions: it is taken to have none for listed convictions or charges, as the sources"
                            + " recorded describe it. If it has one and the person meets it, say so (localPolicy.limitsExceptListedOffenses,"
                            + " information.localPolicyExceptionApplies)."));
                }
            }
        }
        settle(limits, p -> p.carries(e), unreadIsNone ? p -> true : Provision::exceptionsRead, fact, codes, premises, cautions);
        if (codes[fact] == YES && codes[PERSON_WITHIN_STATE_LIMIT] == Fact.UNKNOWN) {
            for (Provision p : narrow) {
                if (p.kind().exceptions().contains(e) && p.exceptionsRead() && !p.carries(e)) {
                    cautions.add(new Caution(Catalogue.fact(fact).path(), "Provision " + p.id() + " (" + p.authority() + ") protects " + p.scope().people()
                            + " without this exception: for them it still applies (information.personWithinStateLimit)."));
                }
            }
        }
    }

    // the act escapes the limits only if every one of them is excepted: one read without the exception still
    // forbids the act; one not read leaves the question open (read: which count as read)
    private static void settle(List<Provision> limits, Predicate<Provision> excepted, Predicate<Provision> read, int fact, int[] codes, Premise[] premises,
                               List<Caution> cautions) {
        if (codes[fact] != Fact.UNKNOWN || limits.isEmpty()) {
            return;
        }
        Provision without = limits.stream().filter(p -> read.test(p) && !excepted.test(p)).findFirst().orElse(null);
        if (without != null) {
            codes[fact] = NO;
            premises[fact] = fromProvision(Catalogue.fact(fact).path(), "NO", without, cautions);
        } else if (limits.stream().allMatch(excepted)) {
            codes[fact] = YES;
            premises[fact] = fromProvisions(Catalogue.fact(fact).path(), "YES", limits, cautions);
        }
    }

    /** A provision binding {@code actor} that is law on {@code day} but enjoined, or null. */
    private static Provision enjoined(Provision[] provisions, Bound actor, LocalDate day) {
        for (Provision p : provisions) {
            if (actor.binds(p) && p.enactedOn(day) && p.enjoinedOn(day) != null) {
                return p;
            }
        }
        return null;
    }

    // those binding the actor, in force on the day and whose scope takes in the act, by id, less those another of them supersedes
    private static List<Provision> inForce(Provision[] provisions, Bound actor, Provision.Question q, LocalDate day) {
        List<Provision> out = List.of();
        for (Provision p : provisions) {
            if (actor.binds(p) && p.inForceOn(day) && Boolean.TRUE.equals(p.reaches(q))) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(p);
            }
        }
        if (out.size() < 2) {
            return out;
        }
        List<Provision> kept = new ArrayList<>(out.size());
        for (Provision p : out) {
            if (out.stream().noneMatch(o -> o.supersedes().contains(p.id()))) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * Where no provision in force reaches the question, one binding the actor in force that day whose
     * scope leaves the act out, or whose reach turns on a kind of information the scenario leaves
     * unknown (that one first); or null.
     */
    private static Provision narrower(Provision[] provisions, Bound actor, Provision.Question q, LocalDate day) {
        Provision found = null;
        for (Provision p : provisions) {
            // a policy keeping cooperation that the question falls outside limits nothing, so it answers nothing either
            if (!p.kind().keeps() && actor.binds(p) && p.inForceOn(day) && !Boolean.TRUE.equals(p.reaches(q))) {
                if (p.reaches(q) == null) {
                    return p;
                }
                found = found == null ? p : found;
            }
        }
        return found;
    }

    // the fact stays open beside a provision in force that does not answer it: one whose scope leaves the question out, where other law
    // that day is not settled, is named so the reader knows what was read; one never read for the act is named for reading
    private static void openBeside(String fact, Provision p, Provision.Question q, List<Caution> cautions) {
        if (Boolean.FALSE.equals(p.reaches(q))) {
            cautions.add(new Caution(fact, "Provision " + p.id() + " (" + p.authority() + ") is in force but governs only " + Provision.words(p.scope(), false)
                    + ", which leaves out the question asked; the knowledge base does not settle whether other law reaches it that day, so " + fact
                    + " is left open."));
        } else {
            unreadReach(fact, p, q.action(), cautions);
        }
    }

    // a provision in force whose text was never read for this act (its kind reaches it only where a scope names it): the fact stays
    // open, and a caution names the provision to read
    private static void unreadReach(String fact, Provision p, Action action, List<Caution> cautions) {
        if (p.scope().acts().isEmpty() && p.kind().scopedOnly().contains(action)) {
            cautions.add(new Caution(fact, "Provision " + p.id() + " (" + p.authority() + ") is in force, but LexFed has not read whether it reaches the act "
                    + action + ", so " + fact + " is left open."));
        }
    }

    // NO for this question, from a provision in force whose scope leaves it out: the premise names it and a caution says why
    private static Premise outOfScope(String fact, Provision p, List<Caution> cautions) {
        String reach = Provision.words(p.scope(), false);
        cautions.add(new Caution(fact, "The premise " + fact + " = NO: provision " + p.id() + " (" + p.authority() + ") is in force but governs only "
                + reach + ", which leaves out the question asked."));
        return fromProvision(fact, "NO", p, cautions);
    }


    private static Premise fromProvisions(String fact, String value, List<Provision> ps, List<Caution> cautions) {
        if (ps.size() == 1) {
            return fromProvision(fact, value, ps.get(0), cautions);
        }
        Premise first = fromProvision(fact, value, ps.get(0), cautions);
        List<Premise.Also> also = new ArrayList<>(ps.size() - 1);
        for (Provision p : ps.subList(1, ps.size())) {
            fromProvision(fact, value, p, cautions);
            also.add(new Premise.Also(p.id(), p.authority(), p.verified()));
        }
        return new Premise(first.fact(), first.value(), first.source(), first.provision(), first.authority(), first.verified(), also);
    }

    private static Premise fromProvision(String fact, String value, Provision p, List<Caution> cautions) {
        if (!p.verified()) {
            cautions.add(new Caution(fact, "The premise " + fact + " = " + value + " rests on provision " + p.id() + " (" + p.authority()
                    + "), which has not been verified against a public source.", true));
        }
        return new Premise(fact, value, Premise.Source.KNOWLEDGE_BASE, p.id(), p.authority(), p.verified());
    }
}
