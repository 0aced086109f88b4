package io.lexfed.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives a JSON Schema (draft 2020-12) from the public records, so the schema is the Java model
 * written another way and cannot disagree with it. Records become closed objects; enums become
 * string enumerations; dates become {@code format: date}.
 */
final class SchemaGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Set<Class<?>> requireAll;

    private SchemaGenerator(Set<Class<?>> requireAll) {
        this.requireAll = requireAll;
    }

    /** The schema of {@code root}; {@code required} names its required fields, {@code requireAll} records all of whose fields are always written. */
    static ObjectNode schema(Class<?> root, String id, String title, String description, List<String> required, Set<Class<?>> requireAll) {
        SchemaGenerator g = new SchemaGenerator(requireAll);
        ObjectNode body = g.object(root, required);
        ObjectNode s = F.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", id);
        s.put("title", title);
        s.put("description", description);
        s.setAll(body);
        ObjectNode d = s.putObject("$defs");
        g.defs.forEach(d::set);
        return s;
    }

    private ObjectNode object(Class<?> type, List<String> required) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        io.lexfed.internal.catalogue.Catalogue.doc(type.getSimpleName()).ifPresent(d -> o.put("description", d));
        for (RecordComponent c : type.getRecordComponents()) {
            ObjectNode p = of(c.getGenericType());
            describe(type, c.getName(), p);
            props.set(c.getName(), p);
        }
        List<String> req = requireAll.contains(type)
                ? List.of(type.getRecordComponents()).stream().map(RecordComponent::getName).toList() : required;
        if (!req.isEmpty()) {
            ArrayNode r = o.putArray("required");
            req.forEach(r::add);
        }
        o.put("additionalProperties", false);
        return o;
    }

    // a scenario's parts and facts carry their catalogue documentation, and each fact the question that learns it
    private static void describe(Class<?> type, String field, ObjectNode p) {
        if (type == io.lexfed.scenario.Scenario.class) {
            io.lexfed.internal.catalogue.Catalogue.doc("part:" + field).ifPresent(d -> p.put("description", d));
            return;
        }
        io.lexfed.internal.catalogue.Catalogue.facts().stream()
                .filter(f -> f.name().equals(field) && type.getSimpleName().equals(partType(f.part())))
                .findFirst().ifPresent(f -> {
                    p.put("description", f.doc());
                    p.put("x-question", f.question());
                });
    }

    private static String partType(String part) {
        for (RecordComponent c : io.lexfed.scenario.Scenario.class.getRecordComponents()) {
            if (c.getName().equals(part)) {
                return c.getType().getSimpleName();
            }
        }
        return null;
    }

    private ObjectNode of(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode a = F.objectNode();
            a.put("type", "array");
            a.set("items", of(p.getActualTypeArguments()[0]));
            return a;
        }
        Class<?> c = (Class<?>) t;
        ObjectNode n = F.objectNode();
        if (c == String.class) {
            n.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            n.put("type", "integer");
        } else if (c == boolean.class || c == Boolean.class) {
            n.put("type", "boolean");
        } else if (c == LocalDate.class) {
            n.put("type", "string");
            n.put("format", "date");
        } else if (c.isEnum() || c.isRecord()) {
            String name = c.getSimpleName();
            if (!defs.containsKey(name)) {
                defs.put(name, F.objectNode());
                defs.put(name, c.isEnum() ? enumeration(c) : object(c, List.of()));
            }
            n.put("$ref", "#/$defs/" + name);
        } else {
            throw new IllegalArgumentException("no schema for " + c);
        }
        return n;
    }

    private static ObjectNode enumeration(Class<?> c) {
        ObjectNode n = F.objectNode();
        n.put("type", "string");
        io.lexfed.internal.catalogue.Catalogue.doc(c.getSimpleName()).ifPresent(d -> n.put("description", d));
        ArrayNode values = n.putArray("enum");
        for (Object v : c.getEnumConstants()) {
            values.add(((Enum<?>) v).name());
        }
        return n;
    }

    static String pretty(ObjectNode schema) throws com.fasterxml.jackson.core.JsonProcessingException {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }
}
