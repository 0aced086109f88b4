package io.lexfed.internal.kie;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers rule session results by the fact set that produced them. A session's result is a
 * function of its facts (the facts are immutable values and the rules read nothing else), and the
 * space of legally distinct fact sets is small next to the number of scenarios an interview or a
 * batch evaluates, so most evaluations find their session already run. Bounded: when full, the
 * CLOCK policy makes room (an approximation of least-recently-used that costs a hit no lock and,
 * once an entry is marked used, no write). Thread-safe; a capacity of 0 turns it off.
 */
public final class RunCache {
    /** The system property that sets the capacity, in entries. */
    public static final String CAPACITY_PROPERTY = "lexfed.sessionCache";
    /** The capacity when the property is not set: about 6.5 MB of results. */
    public static final int DEFAULT_CAPACITY = 4096;

    private static final class Entry {
        final Object key;
        final Session.Run run;
        // set on a hit, cleared as the clock hand passes: an entry is evicted only if unused for a full turn
        volatile boolean used;

        Entry(Object key, Session.Run run) {
            this.key = key;
            this.run = run;
        }
    }

    private final int capacity;
    private final ConcurrentHashMap<Object, Entry> entries;
    // guarded by this: the clock's face, filled in insertion order, and its hand
    private final Entry[] clock;
    private int filled;
    private int hand;

    public RunCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ConcurrentHashMap<>(capacity == 0 ? 1 : Math.min(capacity, 1024));
        this.clock = new Entry[capacity];
    }

    /** A cache sized by the {@value #CAPACITY_PROPERTY} system property, else {@value #DEFAULT_CAPACITY} entries. */
    public static RunCache fromSystemProperty() {
        return new RunCache(capacityFromSystemProperty());
    }

    /** The capacity the {@value #CAPACITY_PROPERTY} system property sets, else {@value #DEFAULT_CAPACITY}; checked only for being a number. */
    public static int capacityFromSystemProperty() {
        String v = System.getProperty(CAPACITY_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_CAPACITY;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CAPACITY_PROPERTY + " must be a number of entries (0 turns the cache off), got '" + v + "'", e);
        }
    }

    /**
     * {@code facts} as a key hashed once, now: hashing a fact set is a walk of every record in the
     * scenario, which an evaluation can do while the rule network is still being built. A cache
     * that is off hashes nothing.
     */
    public Object key(Object facts) {
        return capacity == 0 ? facts : new Key(facts);
    }

    private static final class Key {
        private final Object facts;
        private final int hash;

        Key(Object facts) {
            this.facts = facts;
            this.hash = facts.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.facts.equals(facts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The result for {@code key}, running {@code session} on a miss. Two threads missing the same
     * key at once both run it (the results are equal); neither waits on the other's session.
     */
    public Session.Run get(Object key, Supplier<Session.Run> session) {
        if (capacity == 0) {
            return session.get();
        }
        Entry hit = entries.get(key);
        if (hit != null) {
            if (!hit.used) {
                hit.used = true;
            }
            return hit.run;
        }
        Session.Run run = session.get();
        synchronized (this) {
            Entry first = entries.get(key);
            if (first != null) {
                return first.run;
            }
            Entry fresh = new Entry(key, run);
            if (filled < capacity) {
                clock[filled++] = fresh;
            } else {
                while (clock[hand].used) {
                    clock[hand].used = false;
                    hand = (hand + 1) % capacity;
                }
                entries.remove(clock[hand].key);
                clock[hand] = fresh;
                hand = (hand + 1) % capacity;
            }
            entries.put(key, fresh);
        }
        return run;
    }

    /** How many results it holds now. */
    public int size() {
        return entries.size();
    }
}
