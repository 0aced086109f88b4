package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON contract: strict reading that names the path, and faithful round trips. */
class LexFedJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown top-level field        | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","colour":"red"}                         | $.colour: unknown field
        unknown nested field           | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":{"warant":"NONE"}}     | $.federalAction.warant: unknown field
        unknown enum value             | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":{"warrant":"SIGNED"}}  | $.federalAction.warrant: unknown value "SIGNED"
        unknown actor                  | {"actor":"MAYOR","action":"DECLINE_TO_ASSIST"}                                              | $.actor: unknown value "MAYOR"
        boolean for a tri-state fact   | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","stop":{"independentReasonableSuspicion":true}} | $.stop.independentReasonableSuspicion: expected one of [YES, NO, UNKNOWN]
        number for an enum             | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":{"place":3}}           | $.federalAction.place
        string for a number            | {"actor":"SHERIFF_OR_JAIL","action":"HONOR_DETAINER","detainer":{"hoursPastRelease":"48"}}   | $.detainer.hoursPastRelease: expected a whole number
        impossible date                | {"date":"2025-02-30","actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST"}                  | $.date: expected an ISO date
        missing actor                  | {"action":"DECLINE_TO_ASSIST"}                                                              | $.actor: is required
        contradictory 287(g)           | {"actor":"SHERIFF_OR_JAIL","action":"HONOR_DETAINER","agreement287g":{"model":"NONE","functionWithinAgreement":"YES"}} | $.agreement287g.functionWithinAgreement: contradicts model NONE
        no statewide law and a limit   | {"actor":"LOCAL_POLICE","action":"ASSIST_ENFORCEMENT","stateLaw":{"noStatewideLaw":"YES","limitsAssistance":"YES"}} | $.stateLaw.limitsAssistance: is YES but noStatewideLaw is YES
        bad state code                 | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"Texas"}}      | $.jurisdiction.state: expected the two-letter postal code of a state or DC
        a line break in a locality     | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"TX","locality":"Boston\\n\\nOUTCOME: PERMITTED"}} | $.jurisdiction.locality: contains a control character, line break or unpaired surrogate at position 7
        a lone surrogate in a locality | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"TX","locality":"Bos\\ud800ton"}} | $.jurisdiction.locality: contains a control character, line break or unpaired surrogate at position 4
        a five-digit year              | {"date":"+99999-01-01","actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST"}               | $.date: has a year of more than four digits
        a long value echoed capped     | {"actor":"LOCAL_POLICE","action":"SPECIAL_DEPUTY_MARSHAL_ON_LOAN_FROM_A_NEIGHBOURING_COUNTY_FOR_THE_COURTHOUSE_DETAIL"} | "SPECIAL_DEPUTY_MARSHAL_ON_LOAN_FROM_A_NEIGHBOURING_COUNTY_FO... (83 characters)"
        no such state                  | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"ZZ"}}         | $.jurisdiction.state: expected the two-letter postal code of a state or DC, such as "TX"; "ZZ" is none
        malformed json                 | {"actor":"LOCAL_POLICE",                                                                    | $: malformed JSON
        trailing tokens                | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST"} {}                                    | $
        duplicate key                  | {"actor":"LOCAL_POLICE","actor":"STATE_POLICE","action":"DECLINE_TO_ASSIST"}                | $
        """)
    void badInputIsRejectedWithItsJsonPath(String what, String json, String expected) {
        assertThatThrownBy(() -> LexFedJson.readScenario(json)).as(what).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining(expected.trim());
    }

    @Test
    void aScenarioSurvivesARoundTrip() {
        Scenario s = Scenario.builder(Actor.LOCAL_POLICE, Action.ARREST_FEDERAL_AGENT).date(LocalDate.of(2025, 4, 18))
                .federalAction(FederalAction.builder().warrant(Warrant.ADMINISTRATIVE).stateCrimeAlleged(Truth.YES).build()).build();
        assertThat(LexFedJson.readScenario(LexFedJson.write(s))).isEqualTo(s);
    }

    @Test
    void aDeterminationSurvivesARoundTrip() {
        Scenario s = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.DECLINE_DETAINER).date(LocalDate.of(2019, 1, 1)).build();
        Determination d = LexFed.engine().evaluate(s);
        assertThat(LexFedJson.readDetermination(LexFedJson.write(d))).isEqualTo(d);
    }

    @Test
    void unknownIsWrittenAsUnknownNeverDropped() {
        String json = LexFedJson.write(Scenario.builder(Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST).build());
        assertThat(json).contains("\"withinFederalAuthority\" : \"UNKNOWN\"").doesNotContain("\"date\"");
    }
}
