package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.lexfed.EngineAccess;
import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.FederalAction;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a number for a string          | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"TX","locality":5}}     | $.jurisdiction.locality: expected a string
        an object for a string         | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"TX","locality":{}}}    | $.jurisdiction.locality: expected a string, got an object
        a boolean for a date           | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","date":true}                                   | $.date: expected an ISO date YYYY-MM-DD
        a boolean for a number         | {"actor":"SHERIFF_OR_JAIL","action":"HONOR_DETAINER","detainer":{"hoursPastRelease":true}}           | $.detainer.hoursPastRelease: expected a whole number, got a boolean
        an array for a number          | {"actor":"SHERIFF_OR_JAIL","action":"HONOR_DETAINER","detainer":{"hoursPastRelease":[]}}             | $.detainer.hoursPastRelease: expected a whole number, got an array
        a number for a part            | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":5}                             | $.federalAction: expected an object (FederalAction), got a number
        an array for the scenario      | []                                                                                                  | $: expected an object (Scenario), got an array
        nothing at all                 | ''                                                                                                  | $: expected an object (Scenario)
        a value of 60 characters       | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":{"agency":"ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ"}} | $.federalAction.agency: unknown value "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ"; expected one of [ICE_ERO, ICE_HSI, CBP, OTHER_FEDERAL, UNKNOWN]
        a value of 61 characters       | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","federalAction":{"agency":"ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK"}} | $.federalAction.agency: unknown value "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ... (61 characters)"; expected one of [ICE_ERO, ICE_HSI, CBP, OTHER_FEDERAL, UNKNOWN]
        """)
    void theWholeMessageSaysWhatWasExpectedAndWhatWasFound(String what, String json, String expected) {
        // the whole message, not a fragment: what the error says it found (and its article) is part of the contract
        assertThatThrownBy(() -> LexFedJson.readScenario(json)).as(what).isInstanceOf(InvalidScenarioException.class)
                .hasMessage(expected.trim());
    }

    @Test
    void aDeterminationsErrorNamesTheListIndexInItsPath() {
        assertThatThrownBy(() -> LexFedJson.readDetermination("{\"outcome\":\"PERMITTED\",\"reasons\":[5]}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessage("$.reasons[0]: expected an object (Reason), got a number");
    }

    @Test
    void aRecordLackingAValueAndADateInArrayFormThatNamesNoDayAreToldPlainly() {
        // the JVM's NullPointerException text and java.time's field names are no message for a user
        assertThatThrownBy(() -> LexFedJson.readDetermination("{\"outcome\":\"PERMITTED\",\"reasons\":[{\"bogus\":1}]}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessage("$.reasons[0]: lacks a value it requires");
        assertThatThrownBy(() -> LexFedJson.readScenario("{\"date\":[2025,\"x\",1],\"actor\":\"LOCAL_POLICE\",\"action\":\"HONOR_DETAINER\"}"))
                .isInstanceOf(InvalidScenarioException.class).hasMessage("$.date: expected an ISO date YYYY-MM-DD that exists");
    }

    @Test
    void aLenientFormIsLeftByTheFastReaderToTheMapperWhichAcceptsIt() {
        String plain = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"date\":\"2025-01-01\"}";
        String array = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"date\":[2025,1,1]}";
        Scenario expected = Scenario.builder(Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST).date(LocalDate.of(2025, 1, 1)).build();
        assertThat(LexFedJson.readPlain(plain)).contains(expected);
        assertThat(LexFedJson.readPlain(array)).isEmpty();
        assertThat(LexFedJson.readScenario(array)).isEqualTo(expected);
    }

    @Test
    void aReaderIsReadWithTheSameChecksAndItsFailureToReadIsNotBadInput() {
        String json = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}";
        assertThat(LexFedJson.readScenario(new StringReader(json))).isEqualTo(Scenario.builder(Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST).build());
        assertThatThrownBy(() -> LexFedJson.readScenario(new StringReader("{\"actor\":\"MAYOR\"}"))).isInstanceOf(InvalidScenarioException.class)
                .hasMessageStartingWith("$.actor: unknown value \"MAYOR\"");
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        // an I/O failure is the caller's environment, not the scenario's fault
        assertThatThrownBy(() -> LexFedJson.readScenario(failing)).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
    }

    @Test
    void aDeterminationAsOneLineIsTheSameDetermination() {
        Determination d = EngineAccess.uncached().evaluate(Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER)
                .date(LocalDate.of(2019, 1, 1)).build());
        String line = LexFedJson.writeLine(d);
        assertThat(line).doesNotContain("\n").startsWith("{\"");
        assertThat(LexFedJson.readDetermination(line)).isEqualTo(d);
    }

    @Test
    void theParserSettingsAndTheMapperAsBuiltCarryTheLimitsAndRefuseCoercions() throws IOException {
        // built afresh here, not the copies LexFedJson holds: these are what the build of each sets
        JsonFactory f = LexFedJson.factory();
        assertThat(f.streamReadConstraints().getMaxNestingDepth()).isEqualTo(LexFedJson.MAX_NESTING);
        assertThat(f.streamReadConstraints().getMaxStringLength()).isEqualTo(LexFedJson.MAX_STRING_CHARS);
        assertThat(f.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        ObjectMapper m = LexFedJson.mapper();
        String start = "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",";
        assertThat(m.readValue(start + "\"detainer\":{\"hoursPastRelease\":48}}", Scenario.class).detainer().hoursPastRelease()).isEqualTo(48);
        for (String coerced : new String[] {"\"jurisdiction\":{\"locality\":5}}", "\"jurisdiction\":{\"locality\":true}}",
                "\"detainer\":{\"hoursPastRelease\":\"48\"}}", "\"federalAction\":{\"place\":3}}"}) {
            assertThatThrownBy(() -> m.readValue(start + coerced, Scenario.class)).as(coerced).isInstanceOf(MismatchedInputException.class);
        }
    }
}
