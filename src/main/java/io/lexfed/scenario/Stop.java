package io.lexfed.scenario;

/**
 * A traffic or street stop by the actor: whether there is reasonable suspicion of a crime
 * independent of immigration status that would justify holding the person longer.
 */
public record Stop(Truth independentReasonableSuspicion) {
    public Stop {
        independentReasonableSuspicion = Truth.orUnknown(independentReasonableSuspicion);
    }

    /** A stop about which nothing is known. */
    public static Stop unknown() {
        return new Stop(null);
    }
}
