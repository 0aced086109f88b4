package io.lexfed.scenario;

/**
 * A state or local rule on federal agents' conduct (masks, identification, courthouse arrests,
 * detention facilities): whether it binds state officers equally (the discrimination prong of
 * intergovernmental immunity), whether it regulates federal operations directly, and whether a
 * court challenge to it is pending undecided.
 */
public record Regulation(RegulationSubject subject, Truth bindsStateOfficersEqually, Truth regulatesFederalOperationsDirectly,
                         Truth challengePending) {
    public Regulation {
        subject = subject == null ? RegulationSubject.UNKNOWN : subject;
        bindsStateOfficersEqually = Truth.orUnknown(bindsStateOfficersEqually);
        regulatesFederalOperationsDirectly = Truth.orUnknown(regulatesFederalOperationsDirectly);
        challengePending = Truth.orUnknown(challengePending);
    }

    /** A regulation about which nothing is known. */
    public static Regulation unknown() {
        return new Regulation(null, null, null, null);
    }
}
