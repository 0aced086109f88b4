package io.lexfed.determination;

/**
 * The layer of law a conclusion comes from, highest first. Conflicts between layers are
 * settled by what each says as well as by this order (see {@link Principle}).
 */
public enum Layer {
    /** The United States Constitution. */
    CONSTITUTION,
    /** Acts of Congress. */
    FEDERAL_STATUTE,
    /** Federal agency regulations (the Code of Federal Regulations). */
    FEDERAL_REGULATION,
    /** A state's constitution, statutes and courts' decisions. */
    STATE_LAW,
    /** A county's or city's ordinances and policies. */
    LOCAL_LAW,
    /** An agreement the actor's agency entered, such as a 287(g) agreement with ICE. */
    AGREEMENT;

    /**
     * Whether this layer ranks above another.
     *
     * @param other the layer to compare with
     * @return true when this layer ranks above {@code other}
     */
    public boolean outranks(Layer other) {
        return ordinal() < other.ordinal();
    }
}
