package io.lexfed.internal.jurisdiction;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The jurisdiction files of a snapshot, kept as undecoded parts and each decoded the first time it is asked for: a
 * determination reads one state's file, and decoding all fifty-one on every start cost the command line's cold start
 * more than anything else on its path (issue 18). Iteration, in the snapshot's order, decodes every file. Safe for
 * concurrent readers: a file is decoded once, whichever thread asks first.
 */
final class LazyFiles extends AbstractMap<String, JurisdictionFile> {
    private final Map<String, byte[]> parts;
    private final BiFunction<String, byte[], JurisdictionFile> decode;
    private final ConcurrentHashMap<String, JurisdictionFile> decoded = new ConcurrentHashMap<>();

    /** {@code parts} in the snapshot's order, by state; {@code decode} turns a state's part into its file. */
    LazyFiles(Map<String, byte[]> parts, BiFunction<String, byte[], JurisdictionFile> decode) {
        this.parts = parts;
        this.decode = decode;
    }

    /** The same parts, each file passed to {@code check} as it is decoded (which may refuse it by throwing). */
    LazyFiles checked(BiConsumer<String, JurisdictionFile> check) {
        return new LazyFiles(parts, (st, part) -> {
            JurisdictionFile f = decode.apply(st, part);
            check.accept(st, f);
            return f;
        });
    }

    @Override
    public JurisdictionFile get(Object key) {
        // every evaluation asks: a file already decoded is one lookup
        JurisdictionFile f = key instanceof String ? decoded.get(key) : null;
        if (f != null || !(key instanceof String st) || !parts.containsKey(st)) {
            return f;
        }
        return decoded.computeIfAbsent(st, k -> decode.apply(k, parts.get(k)));
    }

    @Override
    public boolean containsKey(Object key) {
        return parts.containsKey(key);
    }

    @Override
    public int size() {
        return parts.size();
    }

    @Override
    public Set<Entry<String, JurisdictionFile>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JurisdictionFile>> iterator() {
                Iterator<String> states = parts.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return states.hasNext();
                    }

                    @Override
                    public Entry<String, JurisdictionFile> next() {
                        String st = states.next();
                        return new SimpleImmutableEntry<>(st, get(st));
                    }
                };
            }

            @Override
            public int size() {
                return parts.size();
            }
        };
    }
}
