package io.lexfed.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexfed.determination.Determination;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes scenarios and determinations as JSON; the field names of the records are the
 * documented contract. Reading is strict: an unknown field, a wrong type, an unknown enum value,
 * an impossible date or a contradiction fails with an {@link InvalidScenarioException} whose
 * message names the JSON path, and nothing is half-read. Hostile input is bounded before it is
 * parsed further: at most {@value #MAX_DOCUMENT_CHARS} characters in all, {@value #MAX_NESTING}
 * levels of nesting, strings of {@value #MAX_STRING_CHARS} characters, field names of
 * {@value #MAX_NAME_CHARS} and numbers of {@value #MAX_NUMBER_CHARS} digits; polymorphic
 * (class-named) typing is never enabled. Thread-safe.
 */
public final class LexFedJson {
    /** A scenario nests four levels deep; far deeper input is refused before it is parsed further. */
    static final int MAX_NESTING = 64;
    /** The CLI's file limit; a scenario is a few kilobytes, a determination some tens. */
    static final int MAX_DOCUMENT_CHARS = 1 << 20;
    /** The longest string a scenario holds is a locality's name; notes and citations in a determination are longer. */
    static final int MAX_STRING_CHARS = 64 * 1024;
    /** Field names are the records' own, all short. */
    static final int MAX_NAME_CHARS = 256;
    /** The only number is hours past release; nothing needs more digits than this. */
    static final int MAX_NUMBER_CHARS = 32;
    private static final RecordJson RECORDS = new RecordJson(factory());

    private LexFedJson() {
    }

    /** The object mapper, built on first need: what {@link RecordJson} does, it does without one. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = mapper();
    }

    /** The parser and generator settings: the limits above, and a duplicate key is an error. */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxStringLength(MAX_STRING_CHARS).maxNameLength(MAX_NAME_CHARS).maxNumberLength(MAX_NUMBER_CHARS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The configured mapper, the reference {@link RecordJson} is held to. */
    static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder(factory())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean, LogicalType.Enum,
                LogicalType.DateTime, LogicalType.POJO}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return m;
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json the scenario as JSON
     * @return the scenario
     * @throws InvalidScenarioException naming the JSON path of what is malformed or contradictory
     */
    public static Scenario readScenario(String json) {
        return RECORDS.read(json, Scenario.class).orElseGet(() -> readWithMapper(json));
    }

    /** The fast reader alone: a scenario if the text is valid in plain form, else empty (for the differential test). */
    static java.util.Optional<Scenario> readPlain(String json) {
        return RECORDS.read(json, Scenario.class);
    }

    // every scenario that is not valid in plain form: the mapper accepts its lenient forms or words the error;
    // the differential test holds it to the same answers as the fast reader where that one answers
    static Scenario readWithMapper(String json) {
        try {
            return check(Mapper.MAPPER.readValue(json, Scenario.class));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a scenario from a reader; the reader is not closed.
     *
     * @param json the scenario as JSON
     * @return the scenario
     * @throws InvalidScenarioException naming the JSON path of what is malformed or contradictory
     * @throws UncheckedIOException if the reader fails
     */
    public static Scenario readScenario(Reader json) {
        try {
            return check(Mapper.MAPPER.readerFor(Scenario.class).without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(json));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static Scenario check(Scenario s) {
        if (s == null) {
            throw new InvalidScenarioException("", "expected a scenario object, got null");
        }
        return s;
    }

    /**
     * Writes a scenario as indented JSON, every unknown written out as {@code UNKNOWN}.
     *
     * @param scenario the scenario
     * @return its JSON
     */
    public static String write(Scenario scenario) {
        return RECORDS.write(Objects.requireNonNull(scenario, "scenario"), true);
    }

    /**
     * Writes a determination as indented JSON.
     *
     * @param determination the determination
     * @return its JSON
     */
    public static String write(Determination determination) {
        return RECORDS.write(Objects.requireNonNull(determination, "determination"), true);
    }

    /**
     * Writes a determination as one line of JSON, for JSON Lines output.
     *
     * @param determination the determination
     * @return its JSON, without line breaks
     */
    public static String writeLine(Determination determination) {
        return RECORDS.write(Objects.requireNonNull(determination, "determination"), false);
    }

    /**
     * Reads a determination written by {@link #write(Determination)}.
     *
     * @param json the determination as JSON
     * @return the determination
     * @throws InvalidScenarioException naming the JSON path of what is malformed
     */
    public static Determination readDetermination(String json) {
        try {
            return Mapper.MAPPER.readValue(json, Determination.class);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(IOException e) {
        if (e instanceof JsonMappingException m) {
            String path = path(m);
            Throwable cause = m.getCause();
            if (cause instanceof InvalidScenarioException inner) {
                return path.isEmpty() ? inner : inner.under(path);
            }
            if (m instanceof UnrecognizedPropertyException u) {
                return new InvalidScenarioException(path, "unknown field; expected one of "
                        + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
            }
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return new InvalidScenarioException(path, "unknown value " + quote(f.getValue()) + "; expected one of "
                        + Arrays.toString(f.getTargetType().getEnumConstants()));
            }
            if (cause instanceof DateTimeParseException) {
                return new InvalidScenarioException(path, "expected an ISO date YYYY-MM-DD that exists, got " + quote(((DateTimeParseException) cause).getParsedString()));
            }
            // a date in another form (Jackson also reads [year, month, day]) that names no day
            if (cause instanceof java.time.DateTimeException) {
                return new InvalidScenarioException(path, "expected an ISO date YYYY-MM-DD that exists");
            }
            if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                return new InvalidScenarioException(path, "expected " + describe(mi.getTargetType()) + found(m.getOriginalMessage()));
            }
            // a record built without a value it requires: the JVM's own wording would name its internals
            if (m instanceof ValueInstantiationException && cause instanceof NullPointerException) {
                return new InvalidScenarioException(path, "lacks a value it requires");
            }
            if (m instanceof ValueInstantiationException && cause != null) {
                return new InvalidScenarioException(path, firstLine(cause.getMessage()));
            }
            return new InvalidScenarioException(path, firstLine(m.getOriginalMessage()));
        }
        if (e instanceof JsonProcessingException p) {
            String where = p.getLocation() == null ? "" : " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr();
            return new InvalidScenarioException("", "malformed JSON" + where + ": " + firstLine(p.getOriginalMessage()));
        }
        return new UncheckedIOException(e);
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO date YYYY-MM-DD";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    // Jackson names what it found ("from Array value"); say it without Java type names.
    private static String found(String message) {
        java.util.regex.Matcher f = java.util.regex.Pattern.compile("from (\\w+) value").matcher(message == null ? "" : message);
        if (f.find()) {
            String what = f.group(1).toLowerCase(java.util.Locale.ROOT);
            return ", got " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token `JsonToken\\.(\\w+)`").matcher(message == null ? "" : message);
        return token.find() ? ", got " + token.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "";
    }

    // a value echoed in an error, capped so that a long one cannot flood the line
    private static String quote(Object v) {
        String text = String.valueOf(v);
        String shown = text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
        return v instanceof String ? "\"" + shown + "\"" : shown;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
