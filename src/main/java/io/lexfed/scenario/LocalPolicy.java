package io.lexfed.scenario;

/**
 * A city's or county's policy limiting cooperation with federal immigration enforcement (a
 * "sanctuary" policy). The same shape describes a policy in force ({@code localPolicy}) and one
 * proposed for adoption ({@code proposedPolicy}). {@code noLocalPolicy = YES} says there is none,
 * so every limit not given is {@code NO}.
 */
public record LocalPolicy(Truth noLocalPolicy, Truth limitsDetainers, Truth limitsAssistance, Truth limitsInformationSharing,
                          Truth limitsCourthouseArrests, Truth bans287g) {
    public LocalPolicy {
        noLocalPolicy = Truth.orUnknown(noLocalPolicy);
        boolean none = noLocalPolicy == Truth.YES;
        limitsDetainers = settle("limitsDetainers", limitsDetainers, none);
        limitsAssistance = settle("limitsAssistance", limitsAssistance, none);
        limitsInformationSharing = settle("limitsInformationSharing", limitsInformationSharing, none);
        limitsCourthouseArrests = settle("limitsCourthouseArrests", limitsCourthouseArrests, none);
        bans287g = settle("bans287g", bans287g, none);
    }

    private static Truth settle(String field, Truth value, boolean none) {
        Truth t = Truth.orUnknown(value);
        if (none && t == Truth.YES) {
            throw new InvalidScenarioException(field, "is YES but noLocalPolicy is YES");
        }
        return none ? Truth.NO : t;
    }

    /** A policy about which nothing is known. */
    public static LocalPolicy unknown() {
        return new LocalPolicy(null, null, null, null, null, null);
    }

    /** No local policy at all. */
    public static LocalPolicy none() {
        return new LocalPolicy(Truth.YES, null, null, null, null, null);
    }

    /** A builder with every fact unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LocalPolicy}; unset facts stay unknown. Not thread-safe. */
    public static final class Builder {
        private Truth noLocalPolicy, limitsDetainers, limitsAssistance, limitsInformationSharing, limitsCourthouseArrests, bans287g;

        private Builder() {
        }

        public Builder noLocalPolicy(Truth v) { noLocalPolicy = v; return this; }
        public Builder limitsDetainers(Truth v) { limitsDetainers = v; return this; }
        public Builder limitsAssistance(Truth v) { limitsAssistance = v; return this; }
        public Builder limitsInformationSharing(Truth v) { limitsInformationSharing = v; return this; }
        public Builder limitsCourthouseArrests(Truth v) { limitsCourthouseArrests = v; return this; }
        public Builder bans287g(Truth v) { bans287g = v; return this; }

        public LocalPolicy build() {
            return new LocalPolicy(noLocalPolicy, limitsDetainers, limitsAssistance, limitsInformationSharing,
                    limitsCourthouseArrests, bans287g);
        }
    }
}
