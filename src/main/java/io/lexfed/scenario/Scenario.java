package io.lexfed.scenario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One question put to LexFed: may {@code actor} lawfully take {@code action}, in relation to a
 * federal immigration enforcement action, in {@code jurisdiction}, on {@code date}? Immutable and
 * thread-safe. Only actor and action are required; every other part defaults to "unknown", which
 * the engine never reads as "no". A {@code null} date means the law of the day of evaluation.
 */
public record Scenario(LocalDate date, Jurisdiction jurisdiction, Actor actor, Action action, FederalAction federalAction,
                       Detainer detainer, Information information, Agreement287g agreement287g, StateLaw stateLaw,
                       LocalPolicy localPolicy, LocalPolicy proposedPolicy, Regulation regulation, Stop stop, Conduct conduct) {
    public Scenario {
        if (actor == null) {
            throw new InvalidScenarioException("actor", "is required: one of " + java.util.Arrays.toString(Actor.values()));
        }
        if (action == null) {
            throw new InvalidScenarioException("action", "is required: one of " + java.util.Arrays.toString(Action.values()));
        }
        jurisdiction = Objects.requireNonNullElseGet(jurisdiction, Jurisdiction::unknown);
        federalAction = Objects.requireNonNullElseGet(federalAction, FederalAction::unknown);
        detainer = Objects.requireNonNullElseGet(detainer, Detainer::unknown);
        information = Objects.requireNonNullElseGet(information, Information::unknown);
        agreement287g = Objects.requireNonNullElseGet(agreement287g, Agreement287g::unknown);
        stateLaw = Objects.requireNonNullElseGet(stateLaw, StateLaw::unknown);
        localPolicy = Objects.requireNonNullElseGet(localPolicy, LocalPolicy::unknown);
        proposedPolicy = Objects.requireNonNullElseGet(proposedPolicy, LocalPolicy::unknown);
        regulation = Objects.requireNonNullElseGet(regulation, Regulation::unknown);
        stop = Objects.requireNonNullElseGet(stop, Stop::unknown);
        conduct = Objects.requireNonNullElseGet(conduct, Conduct::unknown);
        if (date != null && date.getYear() < 1789) {
            throw new InvalidScenarioException("date", "is before the Constitution took effect; LexFed has no law for " + date);
        }
    }

    /** A builder for a scenario about {@code actor} taking {@code action}; everything else unknown. */
    public static Builder builder(Actor actor, Action action) {
        return new Builder().actor(actor).action(action);
    }

    /** A builder starting from this scenario's facts, for variations. */
    public Builder toBuilder() {
        return new Builder().date(date).jurisdiction(jurisdiction).actor(actor).action(action).federalAction(federalAction)
                .detainer(detainer).information(information).agreement287g(agreement287g).stateLaw(stateLaw)
                .localPolicy(localPolicy).proposedPolicy(proposedPolicy).regulation(regulation).stop(stop).conduct(conduct);
    }

    /** Builds a {@link Scenario}. Not thread-safe; the scenario it builds is. */
    public static final class Builder {
        private LocalDate date;
        private Jurisdiction jurisdiction;
        private Actor actor;
        private Action action;
        private FederalAction federalAction;
        private Detainer detainer;
        private Information information;
        private Agreement287g agreement287g;
        private StateLaw stateLaw;
        private LocalPolicy localPolicy, proposedPolicy;
        private Regulation regulation;
        private Stop stop;
        private Conduct conduct;

        private Builder() {
        }

        public Builder date(LocalDate v) { date = v; return this; }
        public Builder jurisdiction(Jurisdiction v) { jurisdiction = v; return this; }
        public Builder actor(Actor v) { actor = v; return this; }
        public Builder action(Action v) { action = v; return this; }
        public Builder federalAction(FederalAction v) { federalAction = v; return this; }
        public Builder detainer(Detainer v) { detainer = v; return this; }
        public Builder information(Information v) { information = v; return this; }
        public Builder agreement287g(Agreement287g v) { agreement287g = v; return this; }
        public Builder stateLaw(StateLaw v) { stateLaw = v; return this; }
        public Builder localPolicy(LocalPolicy v) { localPolicy = v; return this; }
        public Builder proposedPolicy(LocalPolicy v) { proposedPolicy = v; return this; }
        public Builder regulation(Regulation v) { regulation = v; return this; }
        public Builder stop(Stop v) { stop = v; return this; }
        public Builder conduct(Conduct v) { conduct = v; return this; }

        public Scenario build() {
            return new Scenario(date, jurisdiction, actor, action, federalAction, detainer, information, agreement287g,
                    stateLaw, localPolicy, proposedPolicy, regulation, stop, conduct);
        }
    }
}
