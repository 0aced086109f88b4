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
import io.lexfed.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a scenario becomes rule facts: one read-only fact per part of the scenario. The date
 * decides which registry entries are in force for rules that ask.
 */
public final class ScenarioMapper {
    private ScenarioMapper() {
    }

    public static List<Object> facts(Scenario s, LocalDate asOf, Registry registry) {
        Situation situation = new Situation(s.actor(), s.action(), asOf,
                id -> registry.authority(id).map(a -> a.inForceOn(asOf))
                        .orElseThrow(() -> new IllegalStateException("a rule asked about unknown authority " + id)));
        return List.of(situation, new FedOp(s.federalAction()), new DetainerFact(s.detainer()), new InfoFact(s.information()),
                new AgreementFact(s.agreement287g()), new StateLawFact(s.stateLaw()),
                new PolicyFact(s.localPolicy(), PolicyFact.Role.IN_FORCE), new PolicyFact(s.proposedPolicy(), PolicyFact.Role.PROPOSED),
                new RegulationFact(s.regulation()), new StopFact(s.stop()), new ConductFact(s.conduct()));
    }
}
