package io.lexfed.testing;

import static io.lexfed.testing.LexFedAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The test kit as docs/testing.md shows it, and its failures: each names what the determination actually holds. */
class TestKitTest {
    static final Path EXAMPLE = Path.of("docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json");

    static Determination evaluate(String json) {
        return LexFed.engine().evaluate(LexFedJson.readScenario(json));
    }

    @Test
    void theWorkedExampleOfTheDocsHolds() throws Exception {
        String scenario = Files.readString(EXAMPLE);
        assertThat(evaluate(scenario)).isConditional()
                .isMissing("federalAction.warrant", "federalAction.beliefObjectivelyReasonable")
                .hasReasonFrom("agent-outside-authority")
                .cites("us-const-amend-iv", "in-re-neagle-1890")
                .isWellFormed();
        Determination judicial = evaluate(scenario.replace("\"kind\": \"CIVIL_ARREST\",", "\"kind\": \"CIVIL_ARREST\", \"warrant\": \"JUDICIAL\","));
        assertThat(judicial).isProhibited()
                .hasReasonFrom("supremacy-immunity")
                .cites("us-const-art-vi-cl-2", "in-re-neagle-1890")
                .fired("supremacy-immunity/01-no-state-arrest-of-an-agent-acting-within-federal-authority")
                .hasExposure("CRIMINAL")
                .isMissingExactly(List.of());
    }

    @Test
    void failuresSayWhatTheDeterminationHolds() throws Exception {
        Determination d = evaluate(Files.readString(EXAMPLE));
        assertThatThrownBy(() -> assertThat(d).isProhibited()).hasMessageContaining("expected outcome PROHIBITED but was CONDITIONAL");
        assertThatThrownBy(() -> assertThat(d).cites("usc-8-1357g")).hasMessageContaining("[usc-8-1357g] absent")
                .hasMessageContaining("us-const-amend-iv");
        assertThatThrownBy(() -> assertThat(d).hasReasonFrom("detainers"))
                .hasMessageContaining("reasons come from [").hasMessageContaining("supremacy-immunity").hasMessageContaining("agent-outside-authority");
        assertThatThrownBy(() -> assertThat(d).hasFinding("agent-within-federal-authority", "YES"))
                .hasMessageContaining("expected finding agent-within-federal-authority = YES but it was UNKNOWN");
        assertThatThrownBy(() -> assertThat(d).presumesExactly(List.of()))
                .hasMessageContaining("agents-carrying-out-an-enforcement-action-are-on-duty");
        assertThatThrownBy(() -> assertThat(d).isMissing("detainer.form")).hasMessageContaining("federalAction.warrant");
        assertThatThrownBy(() -> assertThat(d).doesNotCite("in-re-neagle-1890")).hasMessageContaining("found [in-re-neagle-1890]");
        assertThatThrownBy(() -> assertThat(d).didNotFire(d.rulesFired().get(0))).hasMessageContaining(d.rulesFired().get(0));
    }

    @Test
    void aUsersFolderRunsAsOneTestPerFileAndAWrongExpectationFails(@TempDir Path folder) throws Throwable {
        Path sub = Files.createDirectories(folder.resolve("arrests"));
        String scenario = "scenario: " + Files.readString(EXAMPLE).replace('\n', ' ') + "\n";
        Files.writeString(sub.resolve("right.yaml"), "name: right\n" + scenario
                + "expect:\n  outcome: CONDITIONAL\n  cites: [us-const-amend-iv]\n"
                + "  missing: [federalAction.warrant, federalAction.likelyToEscape, federalAction.agentBelievedConductNecessary,"
                + " federalAction.beliefObjectivelyReasonable]\n");
        Files.writeString(sub.resolve("wrong.yml"), "name: wrong\n" + scenario + "expect:\n  outcome: PERMITTED\n");
        Files.writeString(folder.resolve("notes.txt"), "not a scenario file");

        List<DynamicTest> tests = LexFedScenarios.dynamicTests(folder).toList();
        org.assertj.core.api.Assertions.assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("arrests/right.yaml: right", "arrests/wrong.yml: wrong");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("arrests/wrong.yml (wrong)").hasMessageContaining("expected outcome PERMITTED but was CONDITIONAL");
    }

    @Test
    void aConditionalExpectationMustListItsMissingFacts(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("vague.yaml"), "name: vague\nscenario: " + Files.readString(EXAMPLE).replace('\n', ' ')
                + "\nexpect:\n  outcome: CONDITIONAL\n");
        assertThatThrownBy(() -> ScenarioFile.readAll(folder).get(0).check(LexFed.engine()))
                .hasMessageContaining("must list its missing facts");
    }

    @Test
    void aFileNamingARuleTheEngineDoesNotHaveFails(@TempDir Path folder) throws Exception {
        // a misspelt id under notFired would otherwise hold whatever the engine did
        Files.writeString(folder.resolve("misspelt.yaml"), "name: misspelt\nscenario: " + Files.readString(EXAMPLE).replace('\n', ' ')
                + "\nexpect:\n  outcome: CONDITIONAL\n  notFired: [agent-outside-authority/99-no-such-rule]\n"
                + "  missing: [federalAction.warrant, federalAction.likelyToEscape, federalAction.agentBelievedConductNecessary,"
                + " federalAction.beliefObjectivelyReasonable]\n");
        assertThatThrownBy(() -> ScenarioFile.readAll(folder).get(0).check(LexFed.engine()))
                .hasMessageContaining("expect names rules the engine does not have: [agent-outside-authority/99-no-such-rule]");
    }

    @Test
    void everyWrongExpectationOfAFileIsReportedInOneFailureWithExpectedAndActual() {
        List<DynamicTest> tests = LexFedScenarios.dynamicTests(Path.of("src/test/resources/testkit/wrong")).toList();
        org.assertj.core.api.Assertions.assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("three-wrong-expectations.yaml: police arresting an agent when the warrant is unknown, expected wrongly");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> tests.get(0).getExecutable().execute());
        org.assertj.core.api.Assertions.assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        AssertionFailedError failure = (AssertionFailedError) thrown;
        org.assertj.core.api.Assertions.assertThat(failure.getMessage())
                .startsWith("three-wrong-expectations.yaml (police arresting an agent when the warrant is unknown, expected wrongly): "
                        + "3 of 11 expectations failed\n")
                .contains("\n  1. outcome: expected outcome PERMITTED but was CONDITIONAL")
                .contains("\n  2. cites: expected citations to include [us-const-amend-iv, no-such-authority] but [no-such-authority] absent")
                .contains("\n  3. missing: expected exactly the missing facts [federalAction.warrant] but were [");
        org.assertj.core.api.Assertions.assertThat(failure.getExpected().getStringRepresentation())
                .startsWith("outcome: PERMITTED\ncites: ").contains("no-such-authority").contains("\nmissing: federalAction.warrant\n");
        org.assertj.core.api.Assertions.assertThat(failure.getActual().getStringRepresentation())
                .startsWith("outcome: CONDITIONAL\ncites: ").doesNotContain("no-such-authority").contains("federalAction.beliefObjectivelyReasonable");
    }

    @Test
    void aSingleAssertionFailsWithExpectedAndActualForTheIdesDiff() throws Exception {
        Determination d = evaluate(Files.readString(EXAMPLE));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> assertThat(d).isMissingExactly(List.of("federalAction.warrant")));
        org.assertj.core.api.Assertions.assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        AssertionFailedError failure = (AssertionFailedError) thrown;
        org.assertj.core.api.Assertions.assertThat(failure.getExpected().getValue()).isEqualTo("federalAction.warrant");
        org.assertj.core.api.Assertions.assertThat((String) failure.getActual().getValue())
                .startsWith("federalAction.agentBelievedConductNecessary\nfederalAction.beliefObjectivelyReasonable\n").endsWith("\nfederalAction.warrant");
    }

    @Test
    void aMalformedFileIsNamedWithTheLineWhereItBreaks() {
        Path broken = Path.of("src/test/resources/testkit/malformed/broken.yaml");
        assertThatThrownBy(() -> LexFedScenarios.dynamicTests(broken.getParent())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(broken + ":3:28: while parsing a flow mapping").hasMessageNotContaining("Source:");
    }

    @Test
    void aMalformedScenarioPartIsNamedByFileAndJsonPath(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("flying.yaml"), "name: flying\nscenario: {\"actor\": \"LOCAL_POLICE\", \"action\": \"FLY\"}\n"
                + "expect: {outcome: PERMITTED}\n");
        assertThatThrownBy(() -> LexFedScenarios.dynamicTests(folder).toList().get(0).getExecutable().execute())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("flying.yaml: scenario: $.action: unknown value \"FLY\"");
    }

    @Test
    void aFileWithoutAnExpectationIsRefusedByName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("bare.json"), Files.readString(EXAMPLE));
        assertThatThrownBy(() -> LexFedScenarios.dynamicTests(folder)).hasMessageContaining("bare.json");
    }
}
