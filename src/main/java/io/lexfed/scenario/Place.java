package io.lexfed.scenario;

/** Where the federal action happens. */
public enum Place {
    PUBLIC_PLACE, PRIVATE_HOME, COURTHOUSE, SCHOOL, PLACE_OF_WORSHIP, HOSPITAL, JAIL_OR_CUSTODY, WORKPLACE, VEHICLE, UNKNOWN;

    /** True for the places that federal protected-area and courthouse guidance names. */
    public boolean isProtectedArea() {
        return this == COURTHOUSE || this == SCHOOL || this == PLACE_OF_WORSHIP || this == HOSPITAL;
    }
}
