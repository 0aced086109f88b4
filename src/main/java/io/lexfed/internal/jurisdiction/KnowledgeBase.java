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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** The tri-state facts of state law, by field name, in the order premises are reported. */
    static final Map<String, Function<StateLaw, Truth>> STATE_FIELDS;
    static final Map<String, Function<LocalPolicy, Truth>> LOCAL_FIELDS;

    static {
        Map<String, Function<StateLaw, Truth>> state = new LinkedHashMap<>();
        state.put("limitsDetainers", StateLaw::limitsDetainers);
        state.put("limitsAssistance", StateLaw::limitsAssistance);
        state.put("limitsInformationSharing", StateLaw::limitsInformationSharing);
        state.put("limitsCourthouseArrests", StateLaw::limitsCourthouseArrests);
        state.put("bans287g", StateLaw::bans287g);
        state.put("mandatesDetainers", StateLaw::mandatesDetainers);
        state.put("mandatesCooperation", StateLaw::mandatesCooperation);
        state.put("mandates287g", StateLaw::mandates287g);
        state.put("bansSanctuaryPolicies", StateLaw::bansSanctuaryPolicies);
        state.put("penalizesOfficials", StateLaw::penalizesOfficials);
        state.put("authorizesCivilImmigrationArrests", StateLaw::authorizesCivilImmigrationArrests);
        STATE_FIELDS = Collections.unmodifiableMap(state);
        Map<String, Function<LocalPolicy, Truth>> local = new LinkedHashMap<>();
        local.put("limitsDetainers", LocalPolicy::limitsDetainers);
        local.put("limitsAssistance", LocalPolicy::limitsAssistance);
        local.put("limitsInformationSharing", LocalPolicy::limitsInformationSharing);
        local.put("limitsCourthouseArrests", LocalPolicy::limitsCourthouseArrests);
        local.put("bans287g", LocalPolicy::bans287g);
        LOCAL_FIELDS = Collections.unmodifiableMap(local);
    }

    /** A limit and the mandate it cannot coexist with. */
    private static final Map<String, String> CLASHES = Map.of("limitsDetainers", "mandatesDetainers", "mandatesDetainers", "limitsDetainers",
            "limitsAssistance", "mandatesCooperation", "mandatesCooperation", "limitsAssistance", "bans287g", "mandates287g",
            "mandates287g", "bans287g");

    private final Map<String, JurisdictionFile> files;

    private KnowledgeBase(Map<String, JurisdictionFile> files) {
        this.files = Collections.unmodifiableMap(files);
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
        Optional<JurisdictionFile> file = file(s.jurisdiction().state());
        Actor actor = s.actor();

        Map<String, Truth> state = new LinkedHashMap<>();
        Map<String, Provision> stateBy = new LinkedHashMap<>();
        for (var e : STATE_FIELDS.entrySet()) {
            Truth given = e.getValue().apply(s.stateLaw());
            if (given != Truth.UNKNOWN) {
                state.put(e.getKey(), given);
                premises.add(new Premise("stateLaw." + e.getKey(), given.name(), Premise.Source.SCENARIO, null, null, null));
            }
        }
        if (file.isPresent()) {
            JurisdictionFile f = file.get();
            boolean covered = f.exhaustive() && !asOf.isBefore(f.coverageFrom());
            for (String field : STATE_FIELDS.keySet()) {
                if (state.containsKey(field)) {
                    continue;
                }
                Provision p = inForce(f.provisions(), field, actor, asOf);
                String partner = CLASHES.get(field);
                boolean partnerGivenYes = partner != null && s.stateLaw() != null
                        && STATE_FIELDS.get(partner).apply(s.stateLaw()) == Truth.YES;
                if (p != null && !partnerGivenYes) {
                    Truth t = p.kind() == ProvisionKind.DENIES_CIVIL_ARREST_AUTHORITY ? Truth.NO : Truth.YES;
                    state.put(field, t);
                    stateBy.put(field, p);
                    premises.add(fromProvision("stateLaw." + field, t.name(), p, cautions));
                } else if (covered && !field.equals("authorizesCivilImmigrationArrests")) {
                    state.put(field, Truth.NO);
                    premises.add(new Premise("stateLaw." + field, Truth.NO.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
                }
            }
        }
        StateCrimeStatus crime = s.stateLaw().immigrationCrime();
        if (crime != StateCrimeStatus.UNKNOWN) {
            premises.add(new Premise("stateLaw.immigrationCrime", crime.name(), Premise.Source.SCENARIO, null, null, null));
        } else if (file.isPresent()) {
            JurisdictionFile f = file.get();
            Provision p = f.provisions().stream().filter(x -> x.kind() == ProvisionKind.STATE_IMMIGRATION_CRIME && x.inForceOn(asOf))
                    .max(java.util.Comparator.comparing((Provision x) -> x.status().ordinal()).thenComparing(Provision::id)).orElse(null);
            if (p != null) {
                crime = p.status();
                premises.add(fromProvision("stateLaw.immigrationCrime", crime.name(), p, cautions));
            } else if (f.exhaustive() && !asOf.isBefore(f.coverageFrom())) {
                crime = StateCrimeStatus.NONE;
                premises.add(new Premise("stateLaw.immigrationCrime", crime.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
            }
        }
        StateLaw completedState = stateLaw(s.stateLaw(), state, crime);

        Map<String, Truth> local = new LinkedHashMap<>();
        for (var e : LOCAL_FIELDS.entrySet()) {
            Truth given = e.getValue().apply(s.localPolicy());
            if (given != Truth.UNKNOWN) {
                local.put(e.getKey(), given);
                premises.add(new Premise("localPolicy." + e.getKey(), given.name(), Premise.Source.SCENARIO, null, null, null));
            }
        }
        String locality = s.jurisdiction().locality();
        Optional<JurisdictionFile.Locality> loc = locality == null ? Optional.empty()
                : file.flatMap(f -> f.localities().stream().filter(l -> l.answersTo(locality)).findFirst());
        if (loc.isPresent()) {
            JurisdictionFile.Locality l = loc.get();
            boolean covered = l.exhaustive() && !asOf.isBefore(l.coverageFrom());
            for (String field : LOCAL_FIELDS.keySet()) {
                if (local.containsKey(field)) {
                    continue;
                }
                Provision p = inForce(l.provisions(), field, actor, asOf);
                if (p != null) {
                    local.put(field, Truth.YES);
                    premises.add(fromProvision("localPolicy." + field, Truth.YES.name(), p, cautions));
                } else if (covered) {
                    local.put(field, Truth.NO);
                    premises.add(new Premise("localPolicy." + field, Truth.NO.name(), Premise.Source.KNOWLEDGE_BASE, null, null, null));
                }
            }
        }
        LocalPolicy completedLocal = LocalPolicy.builder().noLocalPolicy(s.localPolicy().noLocalPolicy())
                .limitsDetainers(local.get("limitsDetainers")).limitsAssistance(local.get("limitsAssistance"))
                .limitsInformationSharing(local.get("limitsInformationSharing")).limitsCourthouseArrests(local.get("limitsCourthouseArrests"))
                .bans287g(local.get("bans287g")).build();
        return new Completion(s.toBuilder().stateLaw(completedState).localPolicy(completedLocal).build(), List.copyOf(premises),
                List.copyOf(cautions));
    }

    private static Provision inForce(List<Provision> provisions, String field, Actor actor, LocalDate day) {
        return provisions.stream().filter(p -> field.equals(p.kind().field()) && p.binds().contains(actor) && p.inForceOn(day))
                .min(java.util.Comparator.comparing(Provision::id)).orElse(null);
    }

    private static Premise fromProvision(String fact, String value, Provision p, List<Caution> cautions) {
        if (!p.verified()) {
            cautions.add(new Caution(fact, "The premise " + fact + " = " + value + " rests on provision " + p.id() + " (" + p.authority()
                    + "), which has not been verified against a public source."));
        }
        return new Premise(fact, value, Premise.Source.KNOWLEDGE_BASE, p.id(), p.authority(), p.verified());
    }

    private static StateLaw stateLaw(StateLaw given, Map<String, Truth> v, StateCrimeStatus crime) {
        Map<String, Truth> m = v;
        return StateLaw.builder().noStatewideLaw(given.noStatewideLaw()).limitsDetainers(m.get("limitsDetainers"))
                .limitsAssistance(m.get("limitsAssistance")).limitsInformationSharing(m.get("limitsInformationSharing"))
                .limitsCourthouseArrests(m.get("limitsCourthouseArrests")).bans287g(m.get("bans287g"))
                .mandatesDetainers(m.get("mandatesDetainers")).mandatesCooperation(m.get("mandatesCooperation"))
                .mandates287g(m.get("mandates287g")).bansSanctuaryPolicies(m.get("bansSanctuaryPolicies"))
                .penalizesOfficials(m.get("penalizesOfficials")).authorizesCivilImmigrationArrests(m.get("authorizesCivilImmigrationArrests"))
                .immigrationCrime(crime).build();
    }
}
