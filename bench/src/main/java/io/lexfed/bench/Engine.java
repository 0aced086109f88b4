package io.lexfed.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * LexFed's session cache for a benchmark: its default size, or off ({@code 0}: every evaluation
 * runs the rules). A state of its own, so that a baseline sharing the benchmark class is not run
 * once per cache size; JMH forks a JVM per parameter value, and this runs before the engine loads.
 */
@State(Scope.Benchmark)
public class Engine {
    @Param({"4096", "0"})
    public String sessionCache;

    @Setup
    public void configure() {
        System.setProperty("lexfed.sessionCache", sessionCache);
    }
}
