package io.lexfed.cli;

import io.lexfed.LexFed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The command's engine, loaded on a background thread as soon as a command that evaluates is known,
 * so that reading and parsing the input overlap the load (most of a cold start) on a second core.
 * The load never prints and never decides the exit status by itself: a failure is kept and thrown
 * on the command's own thread when it asks for the engine, exactly as a load on that thread would.
 */
final class EngineLoad {
    /** Once per process, like the engine itself; tests run many commands in one JVM. */
    private static CompletableFuture<LexFed> loading;

    private EngineLoad() {
    }

    /**
     * Starts the load. For a command that evaluates one scenario the session cache is turned off
     * (unless its property is set): hashing a fact set for a cache that is never asked again costs
     * a cold process tens of milliseconds. The engine is made once per process, so this only
     * takes effect when this command is the first to ask for it; results are the same either way.
     */
    static synchronized void start(boolean oneScenario) {
        if (loading == null) {
            LexFed.Builder engine = LexFed.builder();
            if (oneScenario && System.getProperty(LexFed.SESSION_CACHE_PROPERTY) == null) {
                engine.sessionCache(0);
            }
            // a daemon, so a command that fails on its input exits without waiting for the load
            loading = engine.buildInBackground();
        }
    }

    /** The engine, waiting for the background load (starting it if no one has). */
    static LexFed engine() {
        start(false);
        try {
            return loading.join();
        } catch (CompletionException e) {
            // the load's own failure, as a load on this thread would have thrown it
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
