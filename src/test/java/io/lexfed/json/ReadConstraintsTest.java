package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jackson's read limits are set as documented, and no input can name a class to instantiate. */
class ReadConstraintsTest {
    static final String HEAD = "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"";

    static String rejection(String json) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidScenarioException.class, () -> LexFedJson.readScenario(json))
                .getMessage();
    }

    @Test
    void aDocumentOverTheLimitIsRefusedThoughItIsValid() {
        String padded = HEAD + " ".repeat(LexFedJson.MAX_DOCUMENT_CHARS) + "}";
        assertThat(rejection(padded)).contains("Document length");
        assertThat(LexFedJson.readScenario(HEAD + " ".repeat(LexFedJson.MAX_DOCUMENT_CHARS / 2) + "}")).isNotNull();
    }

    @Test
    void aStringOverTheLimitIsRefusedThoughTheFieldIsFreeText() {
        String locality = "x".repeat(LexFedJson.MAX_STRING_CHARS + 1);
        assertThat(rejection(HEAD + ",\"jurisdiction\":{\"state\":\"TX\",\"locality\":\"" + locality + "\"}}")).contains("String value length");
        // under the reader's limit, the place's own limit (100 characters) speaks
        assertThat(rejection(HEAD + ",\"jurisdiction\":{\"state\":\"TX\",\"locality\":\"" + "x".repeat(1000) + "\"}}"))
                .contains("is 1000 characters long; a place's name has at most 100");
        assertThat(LexFedJson.readScenario(HEAD + ",\"jurisdiction\":{\"state\":\"TX\",\"locality\":\"" + "x".repeat(100) + "\"}}")).isNotNull();
    }

    @Test
    void aNumberOrAFieldNameOverTheLimitIsRefusedBeforeItIsBound() {
        assertThat(rejection(HEAD + ",\"detainer\":{\"hoursPastRelease\":" + "9".repeat(LexFedJson.MAX_NUMBER_CHARS + 1) + "}}"))
                .contains("Number value length");
        assertThat(rejection(HEAD + ",\"" + "f".repeat(LexFedJson.MAX_NAME_CHARS + 1) + "\":1}")).contains("Name length");
    }

    @Test
    void nestingOverTheLimitIsRefused() {
        int depth = LexFedJson.MAX_NESTING + 1;
        assertThat(rejection(HEAD + ",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}")).contains("Document nesting depth");
    }

    @Test
    void defaultTypingIsOffAndNoModelTypeIsPolymorphic() {
        ObjectMapper mapper = LexFedJson.mapper();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).as("default typing").isNull();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Scenario.class))).as("default typing").isNull();
        // every type reachable from the input and the output, none of which may carry a type id
        Deque<Class<?>> todo = new ArrayDeque<>(java.util.List.of(Scenario.class, Determination.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            assertThat(c.getAnnotation(JsonTypeInfo.class)).as(c.getName()).isNull();
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.push(rc.getType());
                    if (rc.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                        for (var arg : p.getActualTypeArguments()) {
                            if (arg instanceof Class<?> k) {
                                todo.push(k);
                            }
                        }
                    }
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(20);
        assertThatThrownBy(() -> LexFedJson.readScenario(HEAD + ",\"@class\":\"java.net.URL\"}")).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("unknown field");
        assertThatThrownBy(() -> LexFedJson.readScenario("[\"io.lexfed.scenario.Scenario\"," + HEAD + "}]"))
                .isInstanceOf(InvalidScenarioException.class);
    }
}
