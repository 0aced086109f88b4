package io.lexfed.internal.mapping;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.facts.AgreementFact;
import io.lexfed.internal.facts.ConductFact;
import io.lexfed.internal.facts.DetainerFact;
import io.lexfed.internal.facts.FedOp;
import io.lexfed.internal.facts.InfoFact;
import io.lexfed.internal.facts.PolicyFact;
import io.lexfed.internal.facts.RegulationFact;
import io.lexfed.internal.facts.Situation;
import io.lexfed.internal.facts.StateLawFact;
import io.lexfed.internal.facts.StopFact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Agreement287g;
import io.lexfed.scenario.Conduct;
import io.lexfed.scenario.Detainer;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.Information;
import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Regulation;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Stop;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a scenario becomes rule facts: one read-only fact per part of the scenario, and the law in
 * force on its date for rules that ask. Immutable and thread-safe.
 */
public final class ScenarioMapper {
    private final LawInForce.Periods periods;

    public ScenarioMapper(Registry registry) {
        this.periods = new LawInForce.Periods(registry);
    }

    /** What the rules will see of a (completed) scenario judged on {@code asOf}. */
    public FactSet factSet(Scenario s, LocalDate asOf) {
        return new FactSet(s.actor(), s.action(), s.federalAction(), s.detainer(), s.information(), s.agreement287g(), s.stateLaw(),
                s.localPolicy(), s.proposedPolicy(), s.regulation(), s.stop(), s.conduct(), periods.on(asOf));
    }

    /**
     * Everything the rules can see of a scenario, and nothing else: not its date (only which dated
     * authorities are in force), not its jurisdiction's name (only the law found there). The rule
     * session is a function of its facts, so two equal fact sets have the same session result.
     */
    public record FactSet(Actor actor, Action action, FederalAction federalAction, Detainer detainer, Information information,
                          Agreement287g agreement287g, StateLaw stateLaw, LocalPolicy localPolicy, LocalPolicy proposedPolicy,
                          Regulation regulation, Stop stop, Conduct conduct, LawInForce law) {

        /** The rule facts, freshly made: facts are inserted into one session at a time. */
        public List<Object> facts() {
            return List.of(new Situation(actor, action, law::test), new FedOp(federalAction), new DetainerFact(detainer),
                    new InfoFact(information), new AgreementFact(agreement287g), new StateLawFact(stateLaw),
                    new PolicyFact(localPolicy, PolicyFact.Role.IN_FORCE), new PolicyFact(proposedPolicy, PolicyFact.Role.PROPOSED),
                    new RegulationFact(regulation), new StopFact(stop), new ConductFact(conduct));
        }
    }
}
