package io.lexfed.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.io.UncheckedIOException;

/** The JSON the commands print with {@code --format json}: objects built from the public records, pretty-printed. */
final class JsonOut {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOut() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    // a determination as LexFed writes it (its own field order and forms), not as a generic mapper would
    static JsonNode determination(Determination d) {
        return parse(LexFedJson.write(d));
    }

    // a scenario as LexFed writes it: the canonical form of what was read
    static JsonNode scenario(Scenario s) {
        return parse(LexFedJson.write(s));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String print(JsonNode node) {
        return node.toPrettyString();
    }
}
