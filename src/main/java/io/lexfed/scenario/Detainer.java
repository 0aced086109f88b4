package io.lexfed.scenario;

/**
 * An immigration detainer lodged with the actor: its form, the warrant that accompanies it,
 * whether it shows probable cause, and how many hours past release the person would be held.
 */
public record Detainer(DetainerForm form, Warrant warrant, Truth probableCauseShown, Integer hoursPastRelease) {
    public Detainer {
        form = form == null ? DetainerForm.UNKNOWN : form;
        warrant = warrant == null ? Warrant.UNKNOWN : warrant;
        probableCauseShown = Truth.orUnknown(probableCauseShown);
        if (hoursPastRelease != null && hoursPastRelease < 0) {
            throw new InvalidScenarioException("hoursPastRelease", "expected zero or more hours, got " + hoursPastRelease);
        }
        if (warrant == Warrant.JUDICIAL && probableCauseShown == Truth.NO) {
            throw new InvalidScenarioException("probableCauseShown",
                    "contradicts warrant JUDICIAL: a judicial warrant is a finding of probable cause");
        }
    }

    /** A detainer about which nothing is known. */
    public static Detainer unknown() {
        return new Detainer(null, null, null, null);
    }
}
