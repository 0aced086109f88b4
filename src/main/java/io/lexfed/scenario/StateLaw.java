package io.lexfed.scenario;

/**
 * The state's law as it bears on the scenario: limits on cooperation, mandates to cooperate,
 * penalties, state immigration crimes, and whether state law gives officers authority to make
 * civil immigration arrests (Lunn v. Commonwealth). {@code noStatewideLaw = YES} says the state
 * has no relevant statute, so every limit and mandate not given is {@code NO}; giving it together
 * with any {@code YES} is a contradiction.
 */
public record StateLaw(Truth noStatewideLaw, Truth limitsDetainers, Truth limitsAssistance, Truth limitsInformationSharing,
                       Truth limitsCourthouseArrests, Truth bans287g, Truth mandatesDetainers, Truth mandatesCooperation,
                       Truth mandates287g, Truth bansSanctuaryPolicies, Truth penalizesOfficials,
                       Truth authorizesCivilImmigrationArrests, StateCrimeStatus immigrationCrime) {
    public StateLaw {
        noStatewideLaw = Truth.orUnknown(noStatewideLaw);
        immigrationCrime = immigrationCrime == null ? StateCrimeStatus.UNKNOWN : immigrationCrime;
        boolean none = noStatewideLaw == Truth.YES;
        limitsDetainers = settle("limitsDetainers", limitsDetainers, none);
        limitsAssistance = settle("limitsAssistance", limitsAssistance, none);
        limitsInformationSharing = settle("limitsInformationSharing", limitsInformationSharing, none);
        limitsCourthouseArrests = settle("limitsCourthouseArrests", limitsCourthouseArrests, none);
        bans287g = settle("bans287g", bans287g, none);
        mandatesDetainers = settle("mandatesDetainers", mandatesDetainers, none);
        mandatesCooperation = settle("mandatesCooperation", mandatesCooperation, none);
        mandates287g = settle("mandates287g", mandates287g, none);
        bansSanctuaryPolicies = settle("bansSanctuaryPolicies", bansSanctuaryPolicies, none);
        penalizesOfficials = settle("penalizesOfficials", penalizesOfficials, none);
        authorizesCivilImmigrationArrests = Truth.orUnknown(authorizesCivilImmigrationArrests);
        if (none && immigrationCrime != StateCrimeStatus.NONE && immigrationCrime != StateCrimeStatus.UNKNOWN) {
            throw new InvalidScenarioException("immigrationCrime", "contradicts noStatewideLaw YES");
        }
        if (none) {
            immigrationCrime = StateCrimeStatus.NONE;
        }
        clash("mandatesDetainers", limitsDetainers, mandatesDetainers, "limitsDetainers");
        clash("mandatesCooperation", limitsAssistance, mandatesCooperation, "limitsAssistance");
        clash("mandates287g", bans287g, mandates287g, "bans287g");
    }

    private static Truth settle(String field, Truth value, boolean noStatewideLaw) {
        Truth t = Truth.orUnknown(value);
        if (noStatewideLaw && t == Truth.YES) {
            throw new InvalidScenarioException(field, "is YES but noStatewideLaw is YES");
        }
        return noStatewideLaw ? Truth.NO : t;
    }

    private static void clash(String field, Truth limit, Truth mandate, String limitField) {
        if (limit == Truth.YES && mandate == Truth.YES) {
            throw new InvalidScenarioException(field, "contradicts " + limitField + " YES: a state cannot both limit and mandate the same cooperation");
        }
    }

    /** State law about which nothing is known. */
    public static StateLaw unknown() {
        return builder().build();
    }

    /** A builder with every fact unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StateLaw}; unset facts stay unknown. Not thread-safe. */
    public static final class Builder {
        private Truth noStatewideLaw, limitsDetainers, limitsAssistance, limitsInformationSharing, limitsCourthouseArrests,
                bans287g, mandatesDetainers, mandatesCooperation, mandates287g, bansSanctuaryPolicies, penalizesOfficials,
                authorizesCivilImmigrationArrests;
        private StateCrimeStatus immigrationCrime;

        private Builder() {
        }

        public Builder noStatewideLaw(Truth v) { noStatewideLaw = v; return this; }
        public Builder limitsDetainers(Truth v) { limitsDetainers = v; return this; }
        public Builder limitsAssistance(Truth v) { limitsAssistance = v; return this; }
        public Builder limitsInformationSharing(Truth v) { limitsInformationSharing = v; return this; }
        public Builder limitsCourthouseArrests(Truth v) { limitsCourthouseArrests = v; return this; }
        public Builder bans287g(Truth v) { bans287g = v; return this; }
        public Builder mandatesDetainers(Truth v) { mandatesDetainers = v; return this; }
        public Builder mandatesCooperation(Truth v) { mandatesCooperation = v; return this; }
        public Builder mandates287g(Truth v) { mandates287g = v; return this; }
        public Builder bansSanctuaryPolicies(Truth v) { bansSanctuaryPolicies = v; return this; }
        public Builder penalizesOfficials(Truth v) { penalizesOfficials = v; return this; }
        public Builder authorizesCivilImmigrationArrests(Truth v) { authorizesCivilImmigrationArrests = v; return this; }
        public Builder immigrationCrime(StateCrimeStatus v) { immigrationCrime = v; return this; }

        public StateLaw build() {
            return new StateLaw(noStatewideLaw, limitsDetainers, limitsAssistance, limitsInformationSharing,
                    limitsCourthouseArrests, bans287g, mandatesDetainers, mandatesCooperation, mandates287g,
                    bansSanctuaryPolicies, penalizesOfficials, authorizesCivilImmigrationArrests, immigrationCrime);
        }
    }
}
