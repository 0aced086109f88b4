package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.internal.kie.Futures;
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

    static synchronized void start() {
        if (loading == null) {
            // a daemon, so a command that fails on its input exits without waiting for the load
            loading = Futures.onDaemonThread("lexfed-engine-load", LexFed::engine);
        }
    }

    /** The engine, waiting for the background load (starting it if no one has). */
    static LexFed engine() {
        start();
        return Futures.join(loading);
    }
}
