package io.lexfed.determination;

/**
 * The layer of law a conclusion comes from, highest first. Conflicts between layers are
 * settled by what each says as well as by this order (see {@link Principle}).
 */
public enum Layer {
    CONSTITUTION, FEDERAL_STATUTE, FEDERAL_REGULATION, STATE_LAW, LOCAL_LAW, AGREEMENT;

    /** True when this layer ranks above {@code other}. */
    public boolean outranks(Layer other) {
        return ordinal() < other.ordinal();
    }
}
