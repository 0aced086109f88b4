package io.lexfed.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scenarios and determinations as JSON on Jackson's streaming layer alone, byte for byte what
 * {@link LexFedJson}'s object mapper writes and reads. The mapper's first use costs a cold process
 * about 0.2 s of CPU (its static defaults, date formats and the introspection of every record),
 * most of a command line's budget; this costs a tenth of that. It covers exactly the model's
 * shapes: records (components in declaration order, nulls left out), lists, enums by name,
 * strings, whole numbers, booleans and ISO dates. Reading takes only the plain form of a valid
 * scenario and answers empty for anything else, leaving the mapper to accept its lenient forms or
 * to word the error; so nothing it accepts could be refused, or read differently, by the mapper
 * ({@code RecordJsonTest} holds both to that). Thread-safe.
 */
final class RecordJson {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // what each record class's components are and how each is written and read, worked out once
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };
    private static final Object NOT_PLAIN = new Object();

    private final JsonFactory factory;

    RecordJson(JsonFactory factory) {
        this.factory = factory;
    }

    /** How a value of a component's declared type is written; records are final, so the declared type is the type. */
    @FunctionalInterface
    private interface Out {
        void write(JsonGenerator g, Object value) throws IOException;
    }

    private static final class Shape {
        final Method[] accessors;
        final SerializedString[] names;
        final Out[] outs;
        final Type[] types;
        final Map<String, Integer> index = new HashMap<>();
        final Constructor<?> canonical;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            names = new SerializedString[components.length];
            outs = new Out[components.length];
            types = new Type[components.length];
            Class<?>[] classes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                classes[i] = components[i].getType();
                types[i] = components[i].getGenericType();
                index.put(components[i].getName(), i);
                names[i] = new SerializedString(components[i].getName());
                outs[i] = out(types[i], type.getName() + "." + components[i].getName());
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            try {
                canonical = type.getDeclaredConstructor(classes);
                canonical.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    }

    private static Out out(Type type, String where) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Out element = out(p.getActualTypeArguments()[0], where + "[]");
            return (g, v) -> {
                g.writeStartArray();
                for (Object o : (List<?>) v) {
                    if (o == null) {
                        g.writeNull();
                    } else {
                        element.write(g, o);
                    }
                }
                g.writeEndArray();
            };
        }
        if (type == String.class) {
            return (g, v) -> g.writeString((String) v);
        }
        if (type == Integer.class || type == int.class) {
            return (g, v) -> g.writeNumber((Integer) v);
        }
        if (type == Boolean.class || type == boolean.class) {
            return (g, v) -> g.writeBoolean((Boolean) v);
        }
        if (type == LocalDate.class) {
            return (g, v) -> g.writeString(v.toString());
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            SerializedString[] byOrdinal = new SerializedString[constants.length];
            for (Object constant : constants) {
                byOrdinal[((Enum<?>) constant).ordinal()] = new SerializedString(((Enum<?>) constant).name());
            }
            return (g, v) -> g.writeString(byOrdinal[((Enum<?>) v).ordinal()]);
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            // looked up when first written, so that building one shape never needs another
            return (g, v) -> writeRecord(g, v, SHAPES.get(c));
        }
        throw new IllegalStateException("no JSON form for " + where + " of type " + type.getTypeName());
    }

    /** {@code value} (a record of the model) as JSON, indented as the mapper indents or on one line. */
    String write(Record value, boolean indent) {
        // as the mapper writes a string: into recycled segments, not a growing copy
        BufferRecycler buffers = factory._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator g = factory.createGenerator(out)) {
                if (indent) {
                    g.useDefaultPrettyPrinter();
                }
                writeRecord(g, value, SHAPES.get(value.getClass()));
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void writeRecord(JsonGenerator g, Object record, Shape shape) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < shape.accessors.length; i++) {
            Object v;
            try {
                v = shape.accessors[i].invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("accessor " + shape.accessors[i].getName() + " failed", e.getCause());
            }
            if (v != null) {
                g.writeFieldName(shape.names[i]);
                shape.outs[i].write(g, v);
            }
        }
        g.writeEndObject();
    }

    /**
     * {@code json} read as a {@code type} if it is a valid one in plain form, else empty: malformed
     * JSON, a field the type lacks, a duplicate, a null in a list, a coercion (a number for a name,
     * a string for a number), an empty string, a date not written YYYY-MM-DD, a value the record
     * refuses, or anything after the object.
     */
    <T extends Record> Optional<T> read(String json, Class<T> type) {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Object value = readRecord(p, type);
            if (value == NOT_PLAIN || p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(type.cast(value));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // NOT_PLAIN when the input is not in the plain form; the parser is then abandoned
    private static Object readRecord(JsonParser p, Class<?> type) throws IOException {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.types.length];
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            Integer i = shape.index.get(p.currentName());
            if (i == null) {
                return NOT_PLAIN;
            }
            p.nextToken();
            Object v = readValue(p, shape.types[i]);
            if (v == NOT_PLAIN) {
                return NOT_PLAIN;
            }
            args[i] = v;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null && shape.types[i] instanceof Class<?> c && c.isPrimitive()) {
                return NOT_PLAIN;
            }
        }
        try {
            return shape.canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            return NOT_PLAIN;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object readValue(JsonParser p, Type type) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return type instanceof Class<?> c && c.isPrimitive() ? NOT_PLAIN : null;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            if (t != JsonToken.START_ARRAY) {
                return NOT_PLAIN;
            }
            List<Object> list = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                Object v = e == JsonToken.VALUE_NULL ? NOT_PLAIN : readValue(p, pt.getActualTypeArguments()[0]);
                if (v == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                list.add(v);
            }
            return list;
        }
        if (!(type instanceof Class<?> c)) {
            return NOT_PLAIN;
        }
        if (c.isRecord()) {
            return t == JsonToken.START_OBJECT ? readRecord(p, c) : NOT_PLAIN;
        }
        if (c == Integer.class || c == int.class) {
            return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : NOT_PLAIN;
        }
        if (c == Boolean.class || c == boolean.class) {
            return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? t == JsonToken.VALUE_TRUE : NOT_PLAIN;
        }
        if (t != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
            return NOT_PLAIN;
        }
        String text = p.getText();
        if (c == String.class) {
            return text;
        }
        if (c == LocalDate.class) {
            return ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : NOT_PLAIN;
        }
        return c.isEnum() ? constant(c, text) : NOT_PLAIN;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            return NOT_PLAIN;
        }
    }
}
