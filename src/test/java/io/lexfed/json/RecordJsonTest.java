package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.reliability.ScenarioGen;
import io.lexfed.scenario.Scenario;
import io.lexfed.suite.ScenarioSuiteTest;
import io.lexfed.testing.ScenarioFile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming codec is held to the object mapper it stands in for: the same bytes out for every
 * determination and scenario, the same scenario in for every valid one, and no answer of its own
 * for any input that is not a valid scenario in plain form, so that the mapper accepts or words
 * the error exactly as before.
 */
class RecordJsonTest {
    private static final ObjectMapper MAPPER = LexFedJson.mapper();
    private static final RecordJson RECORDS = new RecordJson(LexFedJson.factory());

    @Test
    void everyDeterminationOfTheSuiteAndTheExamplesIsWrittenByteForByteAsTheMapperWritesIt() throws IOException {
        List<Scenario> scenarios = new ArrayList<>(ScenarioSuiteTest.all().stream().map(ScenarioFile::toScenario).toList());
        scenarios.addAll(examples());
        assertThat(scenarios).hasSizeGreaterThan(150);
        for (Scenario s : scenarios) {
            Determination d = LexFed.engine().evaluate(s);
            assertThat(RECORDS.write(d, true)).isEqualTo(MAPPER.writeValueAsString(d));
            assertThat(RECORDS.write(d, false)).isEqualTo(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(d));
            assertThat(RECORDS.write(s, true)).isEqualTo(MAPPER.writeValueAsString(s));
        }
    }

    @Property(tries = 600)
    void aValidScenarioIsReadAsTheMapperReadsItInAnyFieldOrder(@ForAll("scenarios") Scenario s) throws IOException {
        String json = MAPPER.writeValueAsString(s);
        assertThat(RECORDS.read(json, Scenario.class)).contains(MAPPER.readValue(json, Scenario.class)).contains(s);
        String reordered = reversed(MAPPER.valueToTree(s)).toString();
        assertThat(RECORDS.read(reordered, Scenario.class)).contains(MAPPER.readValue(reordered, Scenario.class));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioGen.scenarios();
    }

    @Test
    void everyExampleFileIsReadOnTheStreamingPath() throws IOException {
        for (Path p : exampleFiles()) {
            String json = Files.readString(p);
            assertThat(RECORDS.read(json, Scenario.class)).as(p.toString()).contains(MAPPER.readValue(json, Scenario.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"date\":null,\"detainer\":null,\"jurisdiction\":null}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":{\"warrant\":null,\"agency\":\"ICE_ERO\"}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"localPolicy\":{},\"regulation\":{\"subject\":null}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"detainer\":{\"hoursPastRelease\":0}}",
        " {\"action\":\"DECLINE_TO_ASSIST\",\n \"actor\":\"LOCAL_POLICE\"} \n",
    })
    void explicitNullsEmptyPartsAndWhitespaceAreReadAsTheMapperReadsThem(String json) throws IOException {
        assertThat(RECORDS.read(json, Scenario.class)).contains(MAPPER.readValue(json, Scenario.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // refused by the mapper, which names the path
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"colour\":\"red\"}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":{\"warant\":\"NONE\"}}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":{\"warrant\":\"SIGNED\"}}",
        "{\"actor\":\"local_police\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"stop\":{\"independentReasonableSuspicion\":true}}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":{\"place\":3}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"detainer\":{\"hoursPastRelease\":\"48\"}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"detainer\":{\"hoursPastRelease\":48.0}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"detainer\":{\"hoursPastRelease\":99999999999}}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"detainer\":{\"hoursPastRelease\":-3}}",
        "{\"date\":\"2025-02-30\",\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"HONOR_DETAINER\",\"agreement287g\":{\"model\":\"NONE\",\"functionWithinAgreement\":\"YES\"}}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"jurisdiction\":{\"state\":\"Texas\"}}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"jurisdiction\":{\"state\":\"\"}}",
        "{\"actor\":\"LOCAL_POLICE\",",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"} {}",
        "{\"actor\":\"LOCAL_POLICE\",\"actor\":\"STATE_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":\"ICE\"}",
        "null",
        "[]",
        "",
        // forms only the mapper's leniency may accept
        "{\"date\":\"2025-01-01T10:00:00\",\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"date\":[2025,1,1],\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"date\":20000,\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"date\":\"+2025-01-01\",\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}",
        "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"federalAction\":{\"agency\":\"\"}}",
    })
    void anythingButAValidScenarioInPlainFormIsLeftToTheMapper(String json) {
        assertThat(RECORDS.read(json, Scenario.class)).isEmpty();
    }

    @Test
    void theModelsRecordsHaveNoJsonPropertyBeyondTheirComponents() {
        // the mapper would also write a public getX() or isX() of a record; the codec writes components only
        for (Class<?> record : reachableRecords(Determination.class)) {
            Set<String> components = new HashSet<>();
            for (RecordComponent c : record.getRecordComponents()) {
                components.add(c.getName());
            }
            for (Method m : record.getMethods()) {
                boolean beanGetter = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getName().matches("(get|is)[A-Z].*") && !components.contains(m.getName()) && m.getDeclaringClass() == record;
                assertThat(beanGetter).as("%s.%s() would be a JSON property", record.getSimpleName(), m.getName()).isFalse();
            }
        }
        assertThat(reachableRecords(Determination.class)).contains(Scenario.class, io.lexfed.scenario.FederalAction.class,
                io.lexfed.determination.Citation.class);
    }

    private static Set<Class<?>> reachableRecords(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                Collections.addAll(todo, p.getActualTypeArguments());
            } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.push(rc.getGenericType());
                }
            }
        }
        return seen;
    }

    private static JsonNode reversed(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        ObjectNode out = MAPPER.createObjectNode();
        for (String n : names) {
            out.set(n, reversed(node.get(n)));
        }
        return out;
    }

    private static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*(?<!\\.determination)\\.json")).sorted().toList();
        }
    }

    private static List<Scenario> examples() throws IOException {
        List<Scenario> out = new ArrayList<>();
        for (Path p : exampleFiles()) {
            out.add(MAPPER.readValue(Files.readString(p), Scenario.class));
        }
        return out;
    }
}
