package io.lexfed.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form {@link RecordJson} knows, on a record made for it: strings, boxed and primitive
 * numbers and booleans, dates, enums, nested records, lists (of strings, records and lists, with a
 * null inside). The model's scenario has no list, boolean or primitive, so its round trips leave
 * those forms untried; a determination has them but only in the writer.
 *
 * <p>RecordJson works out each record class's shape once per class and keeps it for the life of
 * the process, so a test that writes a class some earlier test wrote never sees the shape being
 * worked out. Each test here therefore loads the probe records afresh, in a class loader of its
 * own: to RecordJson they are classes it has never seen.
 */
class RecordJsonShapesTest {
    private static final ObjectMapper MAPPER = LexFedJson.mapper();
    private static final RecordJson RECORDS = new RecordJson(LexFedJson.factory());

    /** The probe's enum. */
    public enum Mood { CALM, CROSS }

    /** A nested record, with a primitive of its own. */
    public record Part(String name, Mood mood, int rank) {
    }

    /** One component of every form. */
    public record Probe(String text, Integer count, int number, Boolean flag, boolean on, LocalDate day, Mood mood, Part part,
                        List<String> words, List<Part> parts, List<List<Integer>> grid) {
        public static Probe sample() {
            return new Probe("a \"quoted\" text", 7, -3, Boolean.FALSE, true, LocalDate.of(2024, 2, 29), Mood.CROSS, new Part("inner", Mood.CALM, 1),
                    Arrays.asList("x", null, "z"), List.of(new Part("first", null, 2), new Part(null, Mood.CROSS, 3)), List.of(List.of(1, 2), List.of()));
        }

        public static Probe sparse() {
            return new Probe(null, null, 0, null, false, null, null, null, null, null, null);
        }
    }

    /** Loads this test's nested classes anew, delegating everything else. */
    private static final class Fresh extends ClassLoader {
        Fresh() {
            super(RecordJsonShapesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(RecordJsonShapesTest.class.getName() + "$")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return c;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> freshProbe() throws ClassNotFoundException {
        Class<?> c = new Fresh().loadClass(Probe.class.getName());
        assertThat(c).isNotSameAs(Probe.class);
        return (Class<? extends Record>) c;
    }

    private static Record make(Class<? extends Record> probe, String factory) throws ReflectiveOperationException {
        try {
            return (Record) probe.getMethod(factory).invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Test
    void everyFormIsWrittenAsTheMapperWritesIt() throws Exception {
        Class<? extends Record> probe = freshProbe();
        for (String factory : new String[] {"sample", "sparse"}) {
            Record r = make(probe, factory);
            assertThat(RECORDS.write(r, true)).as(factory).isEqualTo(MAPPER.writeValueAsString(r));
            assertThat(RECORDS.write(r, false)).as(factory).isEqualTo(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        }
        assertThat(RECORDS.write(make(probe, "sample"), false)).contains("\"words\":[\"x\",null,\"z\"]").contains("\"on\":true")
                .contains("\"grid\":[[1,2],[]]");
    }

    @Test
    void everyFormInPlainJsonIsReadAsTheMapperReadsIt() throws Exception {
        Class<? extends Record> probe = freshProbe();
        // the sample's list of words holds a null, which only the mapper reads; without it the whole sample is plain
        String json = MAPPER.writeValueAsString(make(probe, "sample")).replace("null,", "");
        assertReadAsTheMapperReads(json, probe);
        // explicit nulls for every boxed component, a list among them
        String nulls = "{\"text\":null,\"count\":null,\"number\":1,\"flag\":null,\"on\":false,\"day\":null,\"mood\":null,\"part\":null,"
                + "\"words\":null,\"parts\":null,\"grid\":null}";
        assertReadAsTheMapperReads(nulls, probe);
        assertReadAsTheMapperReads("{\"number\":2,\"on\":true,\"flag\":true}", probe);
    }

    private static void assertReadAsTheMapperReads(String json, Class<? extends Record> probe) throws IOException {
        Object expected = MAPPER.readValue(json, probe);
        assertThat(RECORDS.read(json, probe).orElse(null)).as(json).isNotNull().isEqualTo(expected);
    }

    @Test
    void formsOutsideThePlainOneAreLeftToTheMapper() throws Exception {
        Class<? extends Record> probe = freshProbe();
        for (String json : List.of(
                "{\"number\":1,\"on\":true,\"words\":[\"x\",null]}",          // a null inside a list
                "{\"number\":1,\"on\":true,\"words\":\"x\"}",                  // a single value for a list
                "{\"number\":1,\"on\":true,\"parts\":[\"x\"]}",                // a string for a record in a list
                "{\"number\":1,\"on\":true,\"grid\":[[1,\"2\"]]}",             // a string for a number deep in a list
                "{\"number\":1,\"on\":\"true\"}",                             // a string for a boolean
                "{\"number\":1,\"on\":1}",                                    // a number for a boolean
                "{\"number\":1,\"on\":null}",                                 // a null for a primitive
                "{\"number\":1}",                                             // a primitive left out
                "{\"number\":1,\"on\":true,\"part\":{\"name\":\"x\"}}",           // a nested record's primitive left out
                "{\"number\":1,\"on\":true,\"part\":\"inner\"}")) {          // a string for a record
            assertThat(RECORDS.read(json, probe)).as(json).isEmpty();
        }
    }
}
