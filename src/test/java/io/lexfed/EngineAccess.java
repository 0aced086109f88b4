package io.lexfed;

/** Test access to the engine without its session cache, so that every evaluation runs the rules. */
public final class EngineAccess {
    private static final LexFed UNCACHED = LexFed.engine().withSessionCache(0);

    private EngineAccess() {
    }

    /** The shared engine's rules with no session cache. */
    public static LexFed uncached() {
        return UNCACHED;
    }

    /** {@code engine} (its rules and clock) with no session cache. */
    public static LexFed uncached(LexFed engine) {
        return engine.withSessionCache(0);
    }
}
