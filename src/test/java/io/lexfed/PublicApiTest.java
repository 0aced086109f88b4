package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API stays small and free of Drools, Jackson and the internal packages, and the front ends use only it. */
class PublicApiTest {
    /** Types no public signature may name: the rule engine's, the JSON library's (an implementation choice), LexFed's internals. */
    private static final List<String> FOREIGN = List.of("org.kie.", "org.drools.", "com.fasterxml.", "io.lexfed.internal.");

    static List<Class<?>> apiTypes() {
        List<Class<?>> types = new ArrayList<>(List.of(LexFed.class, LexFedJson.class));
        Stream.of(Scenario.class.getRecordComponents()).map(RecordComponent::getType).forEach(types::add);
        types.add(Scenario.class);
        Stream.of(Determination.class.getRecordComponents()).map(RecordComponent::getType).forEach(types::add);
        types.add(Determination.class);
        return types;
    }

    /** Every public class of the documented packages (those with a package-info, internal's excepted), read from the compiled classes. */
    static List<Class<?>> publicClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/lexfed"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                String pkg = name.substring(0, name.lastIndexOf('.'));
                // the rule model Drools generates from rules/*.drl (io.lexfed.rules.*) has no package-info: it is no API
                if (!pkg.startsWith("io.lexfed.internal") && Files.exists(Path.of("src/main/java", pkg.replace('.', '/'), "package-info.java"))) {
                    Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noPublicSignatureOutsideInternalNamesDroolsJacksonOrInternals() throws Exception {
        List<String> offending = new ArrayList<>();
        List<Class<?>> classes = publicClasses();
        assertThat(classes).as("the public classes found").contains(LexFed.class, LexFed.Builder.class, LexFedJson.class,
                io.lexfed.testing.ScenarioFile.class, io.lexfed.registry.Authority.class, io.lexfed.report.Report.class);
        for (Class<?> c : classes) {
            List<String> signatures = new ArrayList<>();
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    signatures.add(m.getName() + ": " + m.getGenericReturnType().getTypeName() + " " + Stream.of(m.getGenericParameterTypes())
                            .map(java.lang.reflect.Type::getTypeName).toList());
                }
            }
            for (java.lang.reflect.Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers())) {
                    signatures.add("new: " + Stream.of(k.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName).toList());
                }
            }
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    signatures.add(f.getName() + ": " + f.getGenericType().getTypeName());
                }
            }
            if (c.getGenericSuperclass() != null) {
                signatures.add("extends " + c.getGenericSuperclass().getTypeName());
            }
            for (String s : signatures) {
                if (FOREIGN.stream().anyMatch(s::contains)) {
                    offending.add(c.getName() + "." + s);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theFrontEndsAndTheTestKitUseOnlyThePublicApi() throws IOException {
        Path main = Path.of("src/main/java/io/lexfed");
        List<String> reaching = new ArrayList<>();
        for (String frontEnd : List.of("cli", "service", "testing")) {
            try (Stream<Path> files = Files.walk(main.resolve(frontEnd))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    if (Files.readString(f).contains("io.lexfed.internal.")) {
                        reaching.add(main.relativize(f).toString().replace(java.io.File.separatorChar, '/'));
                    }
                }
            }
        }
        assertThat(reaching).as("front-end sources that name io.lexfed.internal").isEmpty();
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
