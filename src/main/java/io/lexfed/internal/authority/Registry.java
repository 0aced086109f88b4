package io.lexfed.internal.authority;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorities and doctrines registries, from the data files under {@code rules/} that ship
 * inside the library. At run time they are read from the snapshot compiled from those files at
 * build time ({@link #load()}); the YAML itself is read, and validated, by the build
 * ({@link #fromYaml(String)}). Immutable and thread-safe.
 */
public final class Registry {
    /** Where the registries' YAML is on the classpath. */
    public static final String YAML = "/io/lexfed/rules/";
    /** Where their snapshot is on the classpath. */
    public static final String SNAPSHOT = "/io/lexfed/rules/registry.bin";
    private static final Authority.Kind[] KINDS = Authority.Kind.values();
    private static final Authority.Rank[] RANKS = Authority.Rank.values();
    static final int SCHEMA = Snapshot.schema(KINDS, RANKS);
    private final Map<String, Authority> authorities;
    private final Map<String, Doctrine> doctrines;

    private Registry(Map<String, Authority> authorities, Map<String, Doctrine> doctrines) {
        this.authorities = Collections.unmodifiableMap(authorities);
        this.doctrines = Collections.unmodifiableMap(doctrines);
    }

    /** Reads the registries bundled with the library, from their snapshot. */
    public static Registry load() {
        return Snapshot.read(SNAPSHOT, SCHEMA, Registry::decode);
    }

    /**
     * Reads and validates {@code authorities.yaml} and {@code doctrines.yaml} under classpath
     * {@code folder}: what the build compiles into the snapshot.
     */
    public static Registry fromYaml(String folder) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Authority> as = read(yaml, folder, "authorities.yaml", new TypeReference<>() { });
        List<Doctrine> ds = read(yaml, folder, "doctrines.yaml", new TypeReference<>() { });
        return of(as, ds);
    }

    /** Both the YAML and the snapshot go through here, so they are held to the same checks. */
    private static Registry of(List<Authority> as, List<Doctrine> ds) {
        Map<String, Authority> am = new LinkedHashMap<>(2 * as.size());
        for (Authority a : as) {
            if (am.put(a.id(), a) != null) {
                throw new IllegalStateException("authorities.yaml: duplicate id " + a.id());
            }
        }
        Map<String, Doctrine> dm = new LinkedHashMap<>(2 * ds.size());
        for (Doctrine d : ds) {
            if (dm.put(d.id(), d) != null) {
                throw new IllegalStateException("doctrines.yaml: duplicate id " + d.id());
            }
        }
        return new Registry(am, dm);
    }

    private static <T> T read(ObjectMapper yaml, String folder, String file, TypeReference<T> type) {
        try (InputStream in = Registry.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalStateException("registry " + file + " is missing from the classpath");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry " + file + ": " + e.getMessage(), e);
        }
    }

    /** This registry as a snapshot keyed to the rules {@code fingerprint}, laid out as {@link #decode} reads it. */
    public byte[] snapshot(String fingerprint) {
        Snapshot.Writer w = new Snapshot.Writer().writeInt(authorities.size());
        for (Authority a : authorities.values()) {
            w.writeString(a.id()).writeString(a.citation()).writeString(a.title()).writeEnum(a.kind()).writeEnum(a.rank())
                    .writeString(a.jurisdiction()).writeDate(a.date()).writeString(a.url()).writeDate(a.inForceFrom())
                    .writeDate(a.inForceUntil()).writeString(a.holding()).writeString(a.verified()).writeString(a.status())
                    .writeString(a.note()).writeNullableBoolean(a.context()).writeString(a.circuit())
                    .writeNullableBoolean(a.precedential()).writeDate(a.vacated());
        }
        w.writeInt(doctrines.size());
        for (Doctrine d : doctrines.values()) {
            w.writeString(d.id()).writeString(d.title()).writeStrings(d.sections()).writeString(d.summary())
                    .writeStrings(d.notFormalised());
        }
        return Snapshot.seal(fingerprint, SCHEMA, w.toByteArray());
    }

    static Registry decode(Snapshot.Reader r) {
        int n = r.readInt();
        List<Authority> as = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            as.add(new Authority(r.readString(), r.readString(), r.readString(), r.readEnum(KINDS), r.readEnum(RANKS), r.readString(),
                    r.readDate(), r.readString(), r.readDate(), r.readDate(), r.readString(), r.readString(), r.readString(),
                    r.readString(), r.readNullableBoolean(), r.readString(), r.readNullableBoolean(), r.readDate()));
        }
        n = r.readInt();
        List<Doctrine> ds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ds.add(new Doctrine(r.readString(), r.readString(), r.readStrings(), r.readString(), r.readStrings()));
        }
        return of(as, ds);
    }

    public Optional<Authority> authority(String id) {
        return Optional.ofNullable(authorities.get(id));
    }

    public Map<String, Authority> authorities() {
        return authorities;
    }

    public Optional<Doctrine> doctrine(String id) {
        return Optional.ofNullable(doctrines.get(id));
    }

    public Map<String, Doctrine> doctrines() {
        return doctrines;
    }
}
