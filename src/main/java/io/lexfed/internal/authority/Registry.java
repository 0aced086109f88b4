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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorities and doctrines registries, read once from the data files under {@code rules/}
 * that ship inside the library. Immutable and thread-safe.
 */
public final class Registry {
    private static final String BASE = "/io/lexfed/rules/";
    private final Map<String, Authority> authorities;
    private final Map<String, Doctrine> doctrines;

    private Registry(Map<String, Authority> authorities, Map<String, Doctrine> doctrines) {
        this.authorities = Collections.unmodifiableMap(authorities);
        this.doctrines = Collections.unmodifiableMap(doctrines);
    }

    /** Reads the registries bundled with the library. */
    public static Registry load() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Authority> as = read(yaml, "authorities.yaml", new TypeReference<>() { });
        List<Doctrine> ds = read(yaml, "doctrines.yaml", new TypeReference<>() { });
        Map<String, Authority> am = new LinkedHashMap<>();
        for (Authority a : as) {
            if (am.put(a.id(), a) != null) {
                throw new IllegalStateException("authorities.yaml: duplicate id " + a.id());
            }
        }
        Map<String, Doctrine> dm = new LinkedHashMap<>();
        for (Doctrine d : ds) {
            if (dm.put(d.id(), d) != null) {
                throw new IllegalStateException("doctrines.yaml: duplicate id " + d.id());
            }
        }
        return new Registry(am, dm);
    }

    private static <T> T read(ObjectMapper yaml, String file, TypeReference<T> type) {
        try (InputStream in = Registry.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("registry " + file + " is missing from the classpath");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry " + file + ": " + e.getMessage(), e);
        }
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
