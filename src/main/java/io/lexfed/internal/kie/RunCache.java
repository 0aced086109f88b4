package io.lexfed.internal.kie;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers rule session results by the fact set that produced them. A session's result is a
 * function of its facts (the facts are immutable values and the rules read nothing else), and the
 * space of legally distinct fact sets is small next to the number of scenarios an interview or a
 * batch evaluates, so most evaluations find their session already run. Bounded: when full, an entry
 * chosen by hash position (not by age) makes room. Thread-safe; a capacity of 0 turns it off.
 */
public final class RunCache {
    /** The system property that sets the capacity, in entries. */
    public static final String CAPACITY_PROPERTY = "lexfed.sessionCache";
    /** The capacity when the property is not set: a few megabytes of results. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final int capacity;
    private final ConcurrentHashMap<Object, Session.Run> runs;

    public RunCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.runs = new ConcurrentHashMap<>(capacity == 0 ? 1 : Math.min(capacity, 1024));
    }

    /** A cache sized by the {@value #CAPACITY_PROPERTY} system property, else {@value #DEFAULT_CAPACITY} entries. */
    public static RunCache fromSystemProperty() {
        String v = System.getProperty(CAPACITY_PROPERTY);
        if (v == null || v.isBlank()) {
            return new RunCache(DEFAULT_CAPACITY);
        }
        try {
            return new RunCache(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CAPACITY_PROPERTY + " must be a number of entries (0 turns the cache off), got '" + v + "'", e);
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
        Session.Run run = runs.get(key);
        if (run != null) {
            return run;
        }
        run = session.get();
        if (runs.size() >= capacity) {
            Iterator<Object> victim = runs.keySet().iterator();
            if (victim.hasNext()) {
                victim.next();
                victim.remove();
            }
        }
        Session.Run first = runs.putIfAbsent(key, run);
        return first != null ? first : run;
    }

    /** How many results it holds now. */
    public int size() {
        return runs.size();
    }
}
