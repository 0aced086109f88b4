package io.lexfed.scenario;

/**
 * How the actor behaves toward the agents or the person sought: force used, whether the
 * agents' work is impeded, and whether the person is actively concealed or moved away.
 */
public record Conduct(Truth usesForce, Truth impedesAgents, Truth activeConcealment) {
    public Conduct {
        usesForce = Truth.orUnknown(usesForce);
        impedesAgents = Truth.orUnknown(impedesAgents);
        activeConcealment = Truth.orUnknown(activeConcealment);
        if (usesForce == Truth.YES && impedesAgents == Truth.NO) {
            // force against agents at work is impeding them in the sense of 18 U.S.C. 111
            throw new InvalidScenarioException("impedesAgents", "contradicts usesForce YES: force used on agents impedes them");
        }
    }

    /** Conduct about which nothing is known. */
    public static Conduct unknown() {
        return new Conduct(null, null, null);
    }
}
