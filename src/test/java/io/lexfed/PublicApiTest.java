package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API stays small and free of Drools and of the internal packages. */
class PublicApiTest {

    static List<Class<?>> apiTypes() {
        List<Class<?>> types = new ArrayList<>(List.of(LexFed.class, LexFedJson.class));
        Stream.of(Scenario.class.getRecordComponents()).map(RecordComponent::getType).forEach(types::add);
        types.add(Scenario.class);
        Stream.of(Determination.class.getRecordComponents()).map(RecordComponent::getType).forEach(types::add);
        types.add(Determination.class);
        return types;
    }

    @Test
    void noPublicSignatureOfTheApiMentionsDroolsOrInternals() {
        for (Class<?> type : apiTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Class<?>> used = new ArrayList<>();
                used.add(m.getReturnType());
                for (Parameter p : m.getParameters()) {
                    used.add(p.getType());
                }
                for (Class<?> u : used) {
                    String n = u.getName();
                    assertThat(n).as(type.getSimpleName() + "." + m.getName())
                            .doesNotStartWith("org.kie").doesNotStartWith("org.drools").doesNotStartWith("io.lexfed.internal");
                }
            }
        }
    }

    @Test
    void scenarioAndDeterminationTypesAreImmutableRecordsOrEnums() {
        for (Class<?> type : apiTypes()) {
            if (type.getName().startsWith("io.lexfed.scenario") || type.getName().startsWith("io.lexfed.determination")) {
                assertThat(type.isRecord() || type.isEnum()).as(type.getName()).isTrue();
            }
        }
    }
}
