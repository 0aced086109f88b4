package io.lexfed.scenario;

/**
 * The actor's agency's 287(g) agreement under 8 U.S.C. 1357(g): its model, whether the officer
 * is trained and designated, whether ICE supervises, and whether the function in question is
 * within the agreement.
 */
public record Agreement287g(Model287g model, Truth officerTrained, Truth iceSupervision, Truth functionWithinAgreement) {
    public Agreement287g {
        model = model == null ? Model287g.UNKNOWN : model;
        officerTrained = Truth.orUnknown(officerTrained);
        iceSupervision = Truth.orUnknown(iceSupervision);
        functionWithinAgreement = Truth.orUnknown(functionWithinAgreement);
        if (model == Model287g.NONE) {
            if (functionWithinAgreement == Truth.YES) {
                throw new InvalidScenarioException("functionWithinAgreement", "contradicts model NONE: there is no agreement for the function to fall within");
            }
            if (iceSupervision == Truth.YES) {
                throw new InvalidScenarioException("iceSupervision", "contradicts model NONE: 287(g) supervision needs an agreement");
            }
        }
    }

    /** An agreement about which nothing is known. */
    public static Agreement287g unknown() {
        return new Agreement287g(null, null, null, null);
    }

    /** No agreement at all. */
    public static Agreement287g none() {
        return new Agreement287g(Model287g.NONE, null, null, null);
    }
}
