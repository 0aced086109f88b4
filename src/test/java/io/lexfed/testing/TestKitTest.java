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
    void aFileWithoutAnExpectationIsRefusedByName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("bare.json"), Files.readString(EXAMPLE));
        assertThatThrownBy(() -> LexFedScenarios.dynamicTests(folder)).hasMessageContaining("bare.json");
    }
}
