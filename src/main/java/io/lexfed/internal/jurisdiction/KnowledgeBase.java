package io.lexfed.internal.jurisdiction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexfed.determination.Premise;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.authority.Snapshot;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateCrimeStatus;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

    /**
     * A tri-state fact of state law or local policy: its field name, its premise's path, how to read
     * it from what the scenario gives and how to set it on what the completion builds.
     */
    private record Field<T, B>(String name, String path, Function<T, Truth> get, BiConsumer<B, Truth> set) {
    }

    /** The tri-state facts of state law, in the order premises are reported. */
    private static final List<Field<StateLaw, StateLaw.Builder>> STATE_FIELDS = List.of(
            stateField("limitsDetainers", StateLaw::limitsDetainers, StateLaw.Builder::limitsDetainers),
            stateField("limitsAssistance", StateLaw::limitsAssistance, StateLaw.Builder::limitsAssistance),
            stateField("limitsInformationSharing", StateLaw::limitsInformationSharing, StateLaw.Builder::limitsInformationSharing),
            stateField("limitsCourthouseArrests", StateLaw::limitsCourthouseArrests, StateLaw.Builder::limitsCourthouseArrests),
            stateField("bans287g", StateLaw::bans287g, StateLaw.Builder::bans287g),
            stateField("mandatesDetainers", StateLaw::mandatesDetainers, StateLaw.Builder::mandatesDetainers),
            stateField("mandatesCooperation", StateLaw::mandatesCooperation, StateLaw.Builder::mandatesCooperation),
            stateField("mandates287g", StateLaw::mandates287g, StateLaw.Builder::mandates287g),
            stateField("bansSanctuaryPolicies", StateLaw::bansSanctuaryPolicies, StateLaw.Builder::bansSanctuaryPolicies),
            stateField("penalizesOfficials", StateLaw::penalizesOfficials, StateLaw.Builder::penalizesOfficials),
            stateField("authorizesCivilImmigrationArrests", StateLaw::authorizesCivilImmigrationArrests,
                    StateLaw.Builder::authorizesCivilImmigrationArrests));
    private static final List<Field<LocalPolicy, LocalPolicy.Builder>> LOCAL_FIELDS = List.of(
            localField("limitsDetainers", LocalPolicy::limitsDetainers, LocalPolicy.Builder::limitsDetainers),
            localField("limitsAssistance", LocalPolicy::limitsAssistance, LocalPolicy.Builder::limitsAssistance),
            localField("limitsInformationSharing", LocalPolicy::limitsInformationSharing, LocalPolicy.Builder::limitsInformationSharing),
            localField("limitsCourthouseArrests", LocalPolicy::limitsCourthouseArrests, LocalPolicy.Builder::limitsCourthouseArrests),
            localField("bans287g", LocalPolicy::bans287g, LocalPolicy.Builder::bans287g));

    /** A limit and the mandate it cannot coexist with. */
    private static final Map<String, String> CLASHES = Map.of("limitsDetainers", "mandatesDetainers", "mandatesDetainers", "limitsDetainers",
            "limitsAssistance", "mandatesCooperation", "mandatesCooperation", "limitsAssistance", "bans287g", "mandates287g",
            "mandates287g", "bans287g");
    /** For each state field, the position of the field it clashes with, or -1. */
    private static final int[] PARTNER = STATE_FIELDS.stream()
            .mapToInt(f -> CLASHES.containsKey(f.name()) ? position(STATE_FIELDS, CLASHES.get(f.name())) : -1).toArray();
    private static final int CIVIL_ARREST_AUTHORITY = position(STATE_FIELDS, "authorizesCivilImmigrationArrests");

    private static Field<StateLaw, StateLaw.Builder> stateField(String name, Function<StateLaw, Truth> get,
                                                               BiConsumer<StateLaw.Builder, Truth> set) {
        return new Field<>(name, "stateLaw." + name, get, set);
    }

    private static Field<LocalPolicy, LocalPolicy.Builder> localField(String name, Function<LocalPolicy, Truth> get,
                                                                     BiConsumer<LocalPolicy.Builder, Truth> set) {
        return new Field<>(name, "localPolicy." + name, get, set);
    }

    private static int position(List<? extends Field<?, ?>> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + name);
    }

    /**
     * A jurisdiction's provisions arranged for {@link #complete}: for each state field those that
     * set it, by id; the state immigration crimes, most severe first; and the same per locality. The
     * arrays are filled once, here, and never changed, so the index can be shared by threads.
     */
    private record Index(Provision[][] byField, Provision[] crimes, JurisdictionFile.Locality[] localities,
                         Provision[][][] localByField) {
        static Index of(JurisdictionFile f) {
            Provision[] crimes = f.provisions().stream().filter(x -> x.kind() == ProvisionKind.STATE_IMMIGRATION_CRIME)
                    .sorted(Comparator.comparing((Provision x) -> x.status().ordinal()).thenComparing(Provision::id).reversed())
                    .toArray(Provision[]::new);
            JurisdictionFile.Locality[] localities = f.localities().toArray(JurisdictionFile.Locality[]::new);
            Provision[][][] localByField = new Provision[localities.length][][];
            for (int i = 0; i < localities.length; i++) {
                localByField[i] = byField(localities[i].provisions(), LOCAL_FIELDS);
            }
            return new Index(byField(f.provisions(), STATE_FIELDS), crimes, localities, localByField);
        }

        private static Provision[][] byField(List<Provision> provisions, List<? extends Field<?, ?>> fields) {
            Provision[][] out = new Provision[fields.size()][];
            for (int i = 0; i < out.length; i++) {
                String name = fields.get(i).name();
                out[i] = provisions.stream().filter(p -> name.equals(p.kind().field())).sorted(Comparator.comparing(Provision::id))
                        .toArray(Provision[]::new);
            }
            return out;
        }
    }

    private final Map<String, JurisdictionFile> files;
    private final Map<String, Index> index;

    private KnowledgeBase(Map<String, JurisdictionFile> files) {
        this.files = Collections.unmodifiableMap(files);
        Map<String, Index> byState = new HashMap<>();
        files.forEach((st, f) -> byState.put(st, Index.of(f)));
        this.index = Map.copyOf(byState);
    }

    /** The scenario as completed from the knowledge base, the premises with their sources, and cautions. */
    public record Completion(Scenario scenario, List<Premise> premises, List<Caution> cautions) {
    }

    /** A warning that a premise rests on an unverified provision; {@code fact} is the premise's path. */
    public record Caution(String fact, String text) {
    }

    /** Where the bundled jurisdiction files are on the classpath. */
    public static final String YAML = "/io/lexfed/rules/jurisdictions/";
    /** Where their snapshot is on the classpath. */
    public static final String SNAPSHOT = "/io/lexfed/rules/jurisdictions.bin";

    /** Reads every jurisdiction file bundled with the library, from their snapshot, and checks it against the registry. */
    public static KnowledgeBase load(Registry registry) {
        Map<String, JurisdictionFile> files = Snapshot.read(SNAPSHOT, JurisdictionSnapshot.SCHEMA, JurisdictionSnapshot::decode);
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        files.forEach((st, f) -> check(st, f, registry, ids, problems));
        return of(files, problems);
    }

    /** Reads and checks the jurisdiction files under a classpath folder: the build compiles {@link #YAML}; tests use their own fixtures. */
    public static KnowledgeBase load(Registry registry, String folder) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, JurisdictionFile> files = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String st : JURISDICTIONS) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(folder + st + ".yaml")) {
                if (in == null) {
                    continue;
                }
                JurisdictionFile f = yaml.readValue(in, JurisdictionFile.class);
                check(st, f, registry, ids, problems);
                files.put(st, f);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(st + ".yaml: " + e.getMessage());
            }
        }
        return of(files, problems);
    }

    /** The checks of one file, the same whether it comes from YAML or from the snapshot; {@code ids} collects provision ids across files. */
    private static void check(String st, JurisdictionFile f, Registry registry, Set<String> ids, List<String> problems) {
        if (!st.equals(f.state())) {
            problems.add(st + ".yaml declares state " + f.state());
        }
        List<Provision> all = new ArrayList<>(f.provisions());
        for (JurisdictionFile.Locality l : f.localities()) {
            all.addAll(l.provisions());
            l.provisions().stream().filter(p -> !p.kind().isLocal())
                    .forEach(p -> problems.add(st + "/" + l.id() + ": " + p.id() + " has a kind only states have: " + p.kind()));
        }
        for (Provision p : all) {
            if (!ids.add(p.id())) {
                problems.add(st + ": duplicate provision id " + p.id());
            }
            if (registry.authority(p.authority()).isEmpty()) {
                problems.add(st + ": provision " + p.id() + " cites unknown authority " + p.authority());
            }
        }
    }

    private static KnowledgeBase of(Map<String, JurisdictionFile> files, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("LexFed's jurisdiction knowledge base is inconsistent:\n  " + String.join("\n  ", problems));
        }
        return new KnowledgeBase(files);
    }

    /** This knowledge base as a snapshot keyed to the rules {@code fingerprint}. */
    public byte[] snapshot(String fingerprint) {
        return JurisdictionSnapshot.write(files, fingerprint);
    }

    /** The same knowledge base restricted to some jurisdictions (to measure how cost grows with its size). */
    public KnowledgeBase only(java.util.Collection<String> states) {
        Map<String, JurisdictionFile> kept = new LinkedHashMap<>();
        files.forEach((k, v) -> {
            if (states.contains(k)) {
                kept.put(k, v);
            }
        });
        return new KnowledgeBase(kept);
    }

    public Map<String, JurisdictionFile> files() {
        return files;
    }

    public Optional<JurisdictionFile> file(String state) {
        return Optional.ofNullable(state == null ? null : files.get(state));
    }

    /** Fills what the scenario leaves unknown with the law in force on {@code asOf}. */
    public Completion complete(Scenario s, LocalDate asOf) {
        List<Premise> premises = new ArrayList<>();
        List<Caution> cautions = new ArrayList<>();
        String st = s.jurisdiction().state();
        JurisdictionFile file = st == null ? null : files.get(st);
        Index at = file == null ? null : index.get(st);
        Actor actor = s.actor();

        Truth[] given = new Truth[STATE_FIELDS.size()];
        Truth[] state = new Truth[STATE_FIELDS.size()];
        for (int i = 0; i < state.length; i++) {
            Field<StateLaw, StateLaw.Builder> field = STATE_FIELDS.get(i);
            given[i] = field.get().apply(s.stateLaw());
            if (given[i] != Truth.UNKNOWN) {
                state[i] = given[i];
                premises.add(new Premise(field.path(), given[i].name(), Premise.Source.SCENARIO, null, null, null));
            }
        }
        if (file != null) {
            boolean covered = file.exhaustive() && !asOf.isBefore(file.coverageFrom());
            for (int i = 0; i < state.length; i++) {
                if (state[i] != null) {
                    continue;
                }
                String path = STATE_FIELDS.get(i).path();
                Provision p = inForce(at.byField()[i], actor, asOf);
                boolean partnerGivenYes = PARTNER[i] >= 0 && given[PARTNER[i]] == Truth.YES;
                if (p != null && !partnerGivenYes) {
                    Truth t = p.kind() == ProvisionKind.DENIES_CIVIL_ARREST_AUTHORITY ? Truth.NO : Truth.YES;
                    state[i] = t;
                    premises.add(fromProvision(path, t.name(), p, cautions));
                } else if (covered && i != CIVIL_ARREST_AUTHORITY) {
                    state[i] = Truth.NO;
                    premises.add(new Premise(path, Truth.NO.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
                }
            }
        }
        StateCrimeStatus crime = s.stateLaw().immigrationCrime();
        if (crime != StateCrimeStatus.UNKNOWN) {
            premises.add(new Premise("stateLaw.immigrationCrime", crime.name(), Premise.Source.SCENARIO, null, null, null));
        } else if (file != null) {
            Provision p = null;
            for (Provision x : at.crimes()) {
                if (x.inForceOn(asOf)) {
                    p = x;
                    break;
                }
            }
            if (p != null) {
                crime = p.status();
                premises.add(fromProvision("stateLaw.immigrationCrime", crime.name(), p, cautions));
            } else if (file.exhaustive() && !asOf.isBefore(file.coverageFrom())) {
                crime = StateCrimeStatus.NONE;
                premises.add(new Premise("stateLaw.immigrationCrime", crime.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
            }
        }
        StateLaw.Builder completedState = StateLaw.builder().noStatewideLaw(s.stateLaw().noStatewideLaw()).immigrationCrime(crime);
        for (int i = 0; i < state.length; i++) {
            STATE_FIELDS.get(i).set().accept(completedState, state[i]);
        }

        Truth[] local = new Truth[LOCAL_FIELDS.size()];
        for (int i = 0; i < local.length; i++) {
            Field<LocalPolicy, LocalPolicy.Builder> field = LOCAL_FIELDS.get(i);
            Truth g = field.get().apply(s.localPolicy());
            if (g != Truth.UNKNOWN) {
                local[i] = g;
                premises.add(new Premise(field.path(), g.name(), Premise.Source.SCENARIO, null, null, null));
            }
        }
        String locality = s.jurisdiction().locality();
        int l = locality == null || file == null ? -1 : locality(at, locality);
        if (l >= 0) {
            JurisdictionFile.Locality loc = at.localities()[l];
            boolean covered = loc.exhaustive() && !asOf.isBefore(loc.coverageFrom());
            for (int i = 0; i < local.length; i++) {
                if (local[i] != null) {
                    continue;
                }
                String path = LOCAL_FIELDS.get(i).path();
                Provision p = inForce(at.localByField()[l][i], actor, asOf);
                if (p != null) {
                    local[i] = Truth.YES;
                    premises.add(fromProvision(path, Truth.YES.name(), p, cautions));
                } else if (covered) {
                    local[i] = Truth.NO;
                    premises.add(new Premise(path, Truth.NO.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
                }
            }
        }
        LocalPolicy.Builder completedLocal = LocalPolicy.builder().noLocalPolicy(s.localPolicy().noLocalPolicy());
        for (int i = 0; i < local.length; i++) {
            LOCAL_FIELDS.get(i).set().accept(completedLocal, local[i]);
        }
        return new Completion(s.toBuilder().stateLaw(completedState.build()).localPolicy(completedLocal.build()).build(),
                List.copyOf(premises), List.copyOf(cautions));
    }

    /** The position of the first of the state's localities that answers to {@code name}, or -1. */
    private static int locality(Index at, String name) {
        for (int i = 0; i < at.localities().length; i++) {
            if (at.localities()[i].answersTo(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The provision of lowest id that binds {@code actor} on {@code day}; {@code provisions} are sorted by id. */
    private static Provision inForce(Provision[] provisions, Actor actor, LocalDate day) {
        for (Provision p : provisions) {
            if (p.binds().contains(actor) && p.inForceOn(day)) {
                return p;
            }
        }
        return null;
    }

    private static Premise fromProvision(String fact, String value, Provision p, List<Caution> cautions) {
        if (!p.verified()) {
            cautions.add(new Caution(fact, "The premise " + fact + " = " + value + " rests on provision " + p.id() + " (" + p.authority()
                    + "), which has not been verified against a public source."));
        }
        return new Premise(fact, value, Premise.Source.KNOWLEDGE_BASE, p.id(), p.authority(), p.verified());
    }
}
