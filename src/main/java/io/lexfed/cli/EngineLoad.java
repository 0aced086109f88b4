package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.internal.kie.Futures;
import io.lexfed.internal.kie.RunCache;
import java.util.concurrent.CompletableFuture;

/**
 * The shared engine, loaded on a background thread as soon as a command that evaluates is known,
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
     * a cold process tens of milliseconds. The engine is loaded once per process, so this only
     * takes effect when this command is the first to load it; results are the same either way.
     */
    static synchronized void start(boolean oneScenario) {
        if (loading == null) {
            if (oneScenario && System.getProperty(RunCache.CAPACITY_PROPERTY) == null) {
                System.setProperty(RunCache.CAPACITY_PROPERTY, "0");
            }
            // a daemon, so a command that fails on its input exits without waiting for the load
            loading = Futures.onDaemonThread("lexfed-engine-load", LexFed::engine);
        }
    }

    /** The engine, waiting for the background load (starting it if no one has). */
    static LexFed engine() {
        start(false);
        return Futures.join(loading);
    }
}
