package io.lexfed.scenario;

/**
 * The federal immigration enforcement action the actor is responding to: agency, kind,
 * warrant, place, and the facts on which the agents' federal authority turns (In re Neagle;
 * 8 U.S.C. 1357(a)(2); Payton v. New York). {@code withinFederalAuthority} is the user's own
 * answer where they have one; when given it governs over the facts.
 */
public record FederalAction(Agency agency, FederalActionKind kind, Warrant warrant, Place place,
                            Truth consentToEntry, Truth exigency, Truth reasonToBelieve, Truth likelyToEscape,
                            Truth forceUsed, Truth forceObjectivelyReasonable, Truth connectedToFederalDuty,
                            Truth homeEntryMemoInvoked, Truth stateCrimeAlleged, Truth iceRequestedAssistance,
                            Truth withinFederalAuthority) {
    public FederalAction {
        agency = agency == null ? Agency.UNKNOWN : agency;
        kind = kind == null ? FederalActionKind.UNKNOWN : kind;
        warrant = warrant == null ? Warrant.UNKNOWN : warrant;
        place = place == null ? Place.UNKNOWN : place;
        consentToEntry = Truth.orUnknown(consentToEntry);
        exigency = Truth.orUnknown(exigency);
        reasonToBelieve = Truth.orUnknown(reasonToBelieve);
        likelyToEscape = Truth.orUnknown(likelyToEscape);
        forceUsed = Truth.orUnknown(forceUsed);
        forceObjectivelyReasonable = Truth.orUnknown(forceObjectivelyReasonable);
        connectedToFederalDuty = Truth.orUnknown(connectedToFederalDuty);
        homeEntryMemoInvoked = Truth.orUnknown(homeEntryMemoInvoked);
        stateCrimeAlleged = Truth.orUnknown(stateCrimeAlleged);
        iceRequestedAssistance = Truth.orUnknown(iceRequestedAssistance);
        withinFederalAuthority = Truth.orUnknown(withinFederalAuthority);
        if (forceUsed == Truth.NO && forceObjectivelyReasonable != Truth.UNKNOWN) {
            throw new InvalidScenarioException("forceObjectivelyReasonable", "given although forceUsed is NO");
        }
    }

    /** A federal action about which nothing is known. */
    public static FederalAction unknown() {
        return builder().build();
    }

    /** A builder with every fact unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this action's facts. */
    public Builder toBuilder() {
        return new Builder().agency(agency).kind(kind).warrant(warrant).place(place).consentToEntry(consentToEntry)
                .exigency(exigency).reasonToBelieve(reasonToBelieve).likelyToEscape(likelyToEscape)
                .forceUsed(forceUsed).forceObjectivelyReasonable(forceObjectivelyReasonable)
                .connectedToFederalDuty(connectedToFederalDuty).homeEntryMemoInvoked(homeEntryMemoInvoked)
                .stateCrimeAlleged(stateCrimeAlleged).iceRequestedAssistance(iceRequestedAssistance)
                .withinFederalAuthority(withinFederalAuthority);
    }

    /** Builds a {@link FederalAction}; unset facts stay unknown. Not thread-safe. */
    public static final class Builder {
        private Agency agency;
        private FederalActionKind kind;
        private Warrant warrant;
        private Place place;
        private Truth consentToEntry, exigency, reasonToBelieve, likelyToEscape, forceUsed,
                forceObjectivelyReasonable, connectedToFederalDuty, homeEntryMemoInvoked, stateCrimeAlleged,
                iceRequestedAssistance, withinFederalAuthority;

        private Builder() {
        }

        public Builder agency(Agency v) { agency = v; return this; }
        public Builder kind(FederalActionKind v) { kind = v; return this; }
        public Builder warrant(Warrant v) { warrant = v; return this; }
        public Builder place(Place v) { place = v; return this; }
        public Builder consentToEntry(Truth v) { consentToEntry = v; return this; }
        public Builder exigency(Truth v) { exigency = v; return this; }
        public Builder reasonToBelieve(Truth v) { reasonToBelieve = v; return this; }
        public Builder likelyToEscape(Truth v) { likelyToEscape = v; return this; }
        public Builder forceUsed(Truth v) { forceUsed = v; return this; }
        public Builder forceObjectivelyReasonable(Truth v) { forceObjectivelyReasonable = v; return this; }
        public Builder connectedToFederalDuty(Truth v) { connectedToFederalDuty = v; return this; }
        public Builder homeEntryMemoInvoked(Truth v) { homeEntryMemoInvoked = v; return this; }
        public Builder stateCrimeAlleged(Truth v) { stateCrimeAlleged = v; return this; }
        public Builder iceRequestedAssistance(Truth v) { iceRequestedAssistance = v; return this; }
        public Builder withinFederalAuthority(Truth v) { withinFederalAuthority = v; return this; }

        public FederalAction build() {
            return new FederalAction(agency, kind, warrant, place, consentToEntry, exigency, reasonToBelieve,
                    likelyToEscape, forceUsed, forceObjectivelyReasonable, connectedToFederalDuty, homeEntryMemoInvoked,
                    stateCrimeAlleged, iceRequestedAssistance, withinFederalAuthority);
        }
    }
}
