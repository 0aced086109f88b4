package io.lexfed.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Finding;
import io.lexfed.determination.Overridden;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema/} is generated from the Java model and checked against it; every scenario
 * file of the suite and every determination the suite produces validates against it.
 * Regenerate with {@code -Dlexfed.regenerate=true}.
 */
class SchemaTest {
    static final Path SCENARIO = Path.of("docs/schema/scenario.schema.json");
    static final Path DETERMINATION = Path.of("docs/schema/determination.schema.json");
    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode scenarioSchema() {
        return SchemaGenerator.schema(Scenario.class, "https://lexfed.io/schema/scenario.schema.json", "LexFed scenario",
                "One question put to LexFed: may the actor lawfully take the action, in relation to a federal immigration enforcement "
                        + "action, in the jurisdiction, on the date? Absent facts are unknown, never false.",
                List.of("actor", "action"), Set.of());
    }

    static ObjectNode determinationSchema() {
        ObjectNode s = SchemaGenerator.schema(Determination.class, "https://lexfed.io/schema/determination.schema.json",
                "LexFed determination " + Determination.SCHEMA_VERSION,
                "LexFed's cited, explained answer to one scenario. Not legal advice.", List.of(),
                Set.of(Determination.class, io.lexfed.determination.Reason.class, Finding.class));
        // the scenario inside a determination is the scenario schema's object
        ((ObjectNode) s.get("properties")).set("scenario", JSON.createObjectNode().put("$ref", "https://lexfed.io/schema/scenario.schema.json"));
        ((ObjectNode) s.get("properties").get("schemaVersion")).put("const", Determination.SCHEMA_VERSION);
        return s;
    }

    @Test
    void theSchemasAreGeneratedFromTheJavaModel() throws IOException {
        String scenario = SchemaGenerator.pretty(scenarioSchema());
        String determination = SchemaGenerator.pretty(determinationSchema());
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.writeString(SCENARIO, scenario);
            Files.writeString(DETERMINATION, determination);
        }
        assertThat(Files.readString(SCENARIO)).as("docs/schema/scenario.schema.json is stale; regenerate with -Dlexfed.regenerate=true")
                .isEqualTo(scenario);
        assertThat(Files.readString(DETERMINATION)).as("docs/schema/determination.schema.json is stale").isEqualTo(determination);
    }

    @Test
    void everyScenarioFileAndEveryDeterminationOfTheSuiteValidates() throws IOException {
        String scenarioText = Files.readString(SCENARIO);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(java.util.Map.of("https://lexfed.io/schema/scenario.schema.json", scenarioText)));
        Schema scenarios = registry.getSchema(scenarioText);
        Schema determinations = registry.getSchema(Files.readString(DETERMINATION));
        List<ScenarioFile> files = ScenarioSuiteTest.all();
        for (ScenarioFile f : files) {
            assertThat(messages(scenarios.validate(JSON.readTree(f.scenario())))).as("scenario of " + f.path()).isEmpty();
            Determination d = LexFed.engine().evaluate(LexFedJson.readScenario(f.scenario()));
            JsonNode written = JSON.readTree(LexFedJson.write(d));
            assertThat(messages(determinations.validate(written))).as("determination of " + f.path()).isEmpty();
        }
        assertThat(files).isNotEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        Schema scenarios = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCENARIO));
        for (String bad : List.of("{\"action\":\"DECLINE_TO_ASSIST\"}",
                "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"colour\":1}",
                "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"stop\":{\"independentReasonableSuspicion\":true}}",
                "{\"actor\":\"MAYOR\",\"action\":\"DECLINE_TO_ASSIST\"}")) {
            assertThat(scenarios.validate(JSON.readTree(bad))).as(bad).isNotEmpty();
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    @SuppressWarnings("unused")
    private static final Class<?>[] REFERENCED = {Citation.class, Overridden.class};
}
