package io.lexfed.scenario;

/**
 * Information to be shared with or withheld from federal agents: its kind, and whether an
 * exception in state law lets it be shared despite a limit (e.g. a qualifying serious
 * conviction under Cal. Gov't Code 7282.5).
 */
public record Information(InformationKind kind, Truth stateLawExceptionApplies) {
    public Information {
        kind = kind == null ? InformationKind.UNKNOWN : kind;
        stateLawExceptionApplies = Truth.orUnknown(stateLawExceptionApplies);
    }

    /** Information about which nothing is known. */
    public static Information unknown() {
        return new Information(null, null);
    }
}
