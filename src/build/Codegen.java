import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build step that turns LexFed's law-as-data into Java: the fact catalogue
 * ({@code rules/facts.yaml}) into the public scenario records and enums and the catalogue table the
 * engine reads facts by, and the predicates ({@code rules/predicates/*.yaml}) into the definitions
 * the engine evaluates. Run by Maven at {@code generate-sources} as a single-file program:
 * {@code java -cp <compile classpath> src/build/Codegen.java rules target/generated-sources/lexfed}.
 * Every reference (a fact, a value, a predicate, an authority) is checked; a bad one fails the build
 * with the file and the entry that holds it.
 */
public final class Codegen {
    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    static final List<String> problems = new ArrayList<>();
    static final String GENERATED = "Generated from {@code rules/%s}; edit that file, not this one.";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Codegen <rules directory> <output directory>");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<String> authorities = authorityIds(rules.resolve("authorities.yaml"));
        Catalogue c = Catalogue.read(rules.resolve("facts.yaml"), authorities);
        Predicates p = Predicates.read(rules, c, authorities);
        // the engine keeps a predicate's trail in bit masks, and a question's decisions in one more
        long widest = p.decisions.stream().collect(java.util.stream.Collectors.groupingBy(Decision::question, java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (c.facts.size() > 128 || p.presumptions.size() > 64 || p.exceptions.size() > 64 || p.contested.size() > 64 || widest > 64) {
            problem("rules", "more than 128 facts, 64 presumptions, exceptions or contested questions, or 64 decisions of one question: widen Value's masks");
        }
        if (!problems.isEmpty()) {
            System.err.println("LexFed: the rules' data does not compile:\n  " + String.join("\n  ", problems));
            System.exit(1);
        }
        Map<String, String> files = new TreeMap<>();
        c.generate(files);
        p.generate(files);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = out.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            // unchanged files keep their time stamps, so the compiler's incremental build sees no change
            if (!Files.exists(file) || !Files.readString(file).equals(f.getValue())) {
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
        }
        System.out.println("generated " + files.size() + " files from " + c.facts.size() + " facts and " + p.definitions.size()
                + " predicates");
    }

    static Set<String> authorityIds(Path file) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode a : YAML.readTree(file.toFile())) {
            ids.add(a.path("id").asText());
        }
        return ids;
    }

    static void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    static Set<String> keys(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static void allowOnly(String where, JsonNode n, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String k : keys(n)) {
            if (!ok.contains(k)) {
                problem(where, "unknown key '" + k + "' (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** A vocabulary constant's description, which becomes its javadoc: plain text, never absent (an IDE shows it as the constant's tooltip). */
    static String description(String where, String constant, JsonNode v) {
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(where + "." + constant, "needs a plain-language description");
            return "";
        }
        return v.asText().strip();
    }

    static String text(String where, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            problem(where, "needs '" + key + "'");
            return "";
        }
        return v.asText().strip();
    }

    static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    // ---- Java source helpers ---------------------------------------------------------------

    static String javadoc(String indent, String text, String... tags) {
        StringBuilder b = new StringBuilder(indent).append("/**\n");
        for (String line : wrap(html(text), 100 - indent.length() - 3)) {
            b.append(indent).append(" * ").append(line).append('\n');
        }
        if (tags.length > 0) {
            b.append(indent).append(" *\n");
            for (String t : tags) {
                b.append(indent).append(" * ").append(t).append('\n');
            }
        }
        return b.append(indent).append(" */\n").toString().replace("{&#64;", "{@");
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;").replace("*/", "*&#47;");
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n\n")) {
            if (!lines.isEmpty()) {
                lines.add("<p>");
            }
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    static String strings(List<String> xs) {
        return "List.of(" + xs.stream().map(Codegen::str).collect(Collectors.joining(", ")) + ")";
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A plain-language noun for a record type: "a detainer", "an agreement287g" read as "a 287(g) agreement". */
    static String article(String type) {
        return switch (type) {
            case "Agreement287g" -> "A 287(g) agreement";
            case "FederalAction" -> "A federal action";
            case "StateLaw" -> "State law";
            case "LocalPolicy" -> "A local policy";
            case "Information" -> "Information";
            case "Conduct" -> "Conduct";
            default -> "A" + ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "n " : " ") + lowerFirst(type);
        };
    }

    // ---- the fact catalogue ----------------------------------------------------------------

    record EnumDef(String name, String doc, Map<String, String> values) {
    }

    record FactDef(String type, String name, String kind, String question, String doc, List<String> turnsOn, boolean assertion,
                   Map<String, String> fills, String unit) {
        String javaType() {
            return switch (kind) {
                case "truth" -> "Truth";
                case "count" -> "Integer";
                default -> kind;
            };
        }
    }

    record ConstraintDef(String type, Map<String, List<String>> forbid, String at, String message) {
    }

    record TypeDef(String name, String doc, List<FactDef> facts, List<ConstraintDef> constraints, Map<String, Map<String, String>> shorthands,
                   Map<String, String> shorthandDocs) {
        FactDef fact(String n) {
            return facts.stream().filter(f -> f.name().equals(n)).findFirst().orElse(null);
        }
    }

    record PartDef(String name, String type, String doc, Map<String, String> questions) {
    }

    /** One fact of one part: what the engine indexes facts by. */
    record Slot(int index, PartDef part, FactDef fact) {
        String path() {
            return part.name() + "." + fact.name();
        }
    }

    static final class Catalogue {
        final Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
        final Map<String, String> actions = new LinkedHashMap<>();
        final Map<String, EnumDef> enums = new LinkedHashMap<>();
        final Map<String, TypeDef> types = new LinkedHashMap<>();
        final List<PartDef> parts = new ArrayList<>();
        final List<Slot> facts = new ArrayList<>();
        final Map<String, Slot> byPath = new LinkedHashMap<>();

        static Catalogue read(Path file, Set<String> authorities) throws IOException {
            JsonNode root = YAML.readTree(file.toFile());
            Catalogue c = new Catalogue();
            String w = "facts.yaml";
            allowOnly(w, root, "actors", "actions", "enums", "types", "parts");
            root.path("actors").fields().forEachRemaining(e -> {
                String where = w + " actors." + e.getKey();
                allowOnly(where, e.getValue(), "doc", "governmental", "lawEnforcement", "local");
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("doc", text(where, e.getValue(), "doc"));
                for (String flag : List.of("governmental", "lawEnforcement", "local")) {
                    if (!e.getValue().path(flag).isBoolean()) {
                        problem(where, "needs '" + flag + "': true or false");
                    }
                    a.put(flag, e.getValue().path(flag).asBoolean());
                }
                c.actors.put(e.getKey(), a);
            });
            root.path("actions").fields().forEachRemaining(e -> c.actions.put(e.getKey(), description(w + " actions", e.getKey(), e.getValue())));
            root.path("enums").fields().forEachRemaining(e -> {
                String where = w + " enums." + e.getKey();
                allowOnly(where, e.getValue(), "doc", "values");
                Map<String, String> values = new LinkedHashMap<>();
                e.getValue().path("values").fields().forEachRemaining(v -> values.put(v.getKey(), description(where, v.getKey(), v.getValue())));
                if (values.containsKey("UNKNOWN")) {
                    problem(where, "lists UNKNOWN, which the build adds to every enum");
                }
                c.enums.put(e.getKey(), new EnumDef(e.getKey(), text(where, e.getValue(), "doc"), values));
            });
            root.path("types").fields().forEachRemaining(e -> c.types.put(e.getKey(), c.type(e.getKey(), e.getValue(), authorities)));
            for (JsonNode p : root.path("parts")) {
                String where = w + " parts." + p.path("name").asText();
                allowOnly(where, p, "name", "type", "doc", "questions");
                Map<String, String> questions = new LinkedHashMap<>();
                p.path("questions").fields().forEachRemaining(q -> questions.put(q.getKey(), q.getValue().asText()));
                PartDef part = new PartDef(text(where, p, "name"), text(where, p, "type"), text(where, p, "doc"), questions);
                TypeDef t = c.types.get(part.type());
                if (t == null) {
                    problem(where, "unknown type " + part.type());
                    continue;
                }
                questions.keySet().stream().filter(q -> t.fact(q) == null).forEach(q -> problem(where, "a question for unknown fact " + q));
                c.parts.add(part);
                for (FactDef f : t.facts()) {
                    Slot s = new Slot(c.facts.size(), part, f);
                    c.facts.add(s);
                    c.byPath.put(s.path(), s);
                }
            }
            return c;
        }

        TypeDef type(String name, JsonNode n, Set<String> authorities) {
            String w = "facts.yaml types." + name;
            allowOnly(w, n, "doc", "facts", "constraints", "shorthands");
            List<FactDef> facts = new ArrayList<>();
            for (JsonNode f : n.path("facts")) {
                String fw = w + "." + f.path("name").asText();
                allowOnly(fw, f, "name", "type", "question", "doc", "turnsOn", "assertion", "fills", "unit");
                String kind = text(fw, f, "type");
                if (!kind.equals("truth") && !kind.equals("count") && !enums.containsKey(kind)) {
                    problem(fw, "unknown type " + kind + " (truth, count or an enum)");
                }
                List<String> turnsOn = list(f.get("turnsOn"));
                turnsOn.stream().filter(a -> !authorities.contains(a)).forEach(a -> problem(fw, "turnsOn names unknown authority " + a));
                Map<String, String> fills = new LinkedHashMap<>();
                f.path("fills").fields().forEachRemaining(x -> fills.put(x.getKey(), x.getValue().asText()));
                if (!fills.isEmpty() && !kind.equals("truth")) {
                    problem(fw, "only a truth fact can fill others");
                }
                if (kind.equals("count") && !f.has("unit")) {
                    problem(fw, "a count needs its unit");
                }
                facts.add(new FactDef(name, text(fw, f, "name"), kind, text(fw, f, "question"), text(fw, f, "doc"), turnsOn,
                        f.path("assertion").asBoolean(false), fills, f.path("unit").asText(null)));
            }
            List<ConstraintDef> constraints = new ArrayList<>();
            for (JsonNode k : n.path("constraints")) {
                allowOnly(w + " constraint", k, "forbid", "at", "message");
                Map<String, List<String>> forbid = new LinkedHashMap<>();
                k.path("forbid").fields().forEachRemaining(x -> forbid.put(x.getKey(), list(x.getValue())));
                constraints.add(new ConstraintDef(name, forbid, text(w, k, "at"), text(w, k, "message")));
            }
            Map<String, Map<String, String>> shorthands = new LinkedHashMap<>();
            Map<String, String> shorthandDocs = new LinkedHashMap<>();
            n.path("shorthands").fields().forEachRemaining(s -> {
                Map<String, String> sets = new LinkedHashMap<>();
                s.getValue().path("sets").fields().forEachRemaining(x -> sets.put(x.getKey(), x.getValue().asText()));
                shorthands.put(s.getKey(), sets);
                shorthandDocs.put(s.getKey(), text(w + " shorthand " + s.getKey(), s.getValue(), "doc"));
            });
            TypeDef t = new TypeDef(name, text(w, n, "doc"), facts, constraints, shorthands, shorthandDocs);
            // every value named must be one the fact can take
            for (FactDef f : facts) {
                f.fills().forEach((field, value) -> checkValue(w + "." + f.name() + " fills", t, field, value));
            }
            for (ConstraintDef k : constraints) {
                k.forbid().forEach((field, values) -> values.forEach(v -> checkValue(w + " constraint", t, field, v)));
                if (t.fact(k.at()) == null) {
                    problem(w + " constraint", "'at' names unknown fact " + k.at());
                }
            }
            shorthands.forEach((s, sets) -> sets.forEach((field, v) -> checkValue(w + " shorthand " + s, t, field, v)));
            return t;
        }

        void checkValue(String where, TypeDef t, String field, String value) {
            FactDef f = t.fact(field);
            if (f == null) {
                problem(where, "unknown fact " + field);
            } else if (!domain(f).contains(value)) {
                problem(where, field + " cannot be " + value + " (expected one of " + domain(f) + ")");
            }
        }

        /** The known values a fact can take, as written. */
        List<String> domain(FactDef f) {
            return switch (f.kind()) {
                case "truth" -> List.of("YES", "NO");
                case "count" -> List.of();
                default -> List.copyOf(enums.get(f.kind()).values().keySet());
            };
        }

        /** A Java expression for a fact's value, e.g. {@code Truth.NO} or {@code Model287g.NONE}. */
        String constant(FactDef f, String value) {
            return f.javaType() + "." + value;
        }

        /** A Java condition that the component {@code f} takes one of {@code values}. */
        String holds(FactDef f, List<String> values) {
            return values.stream().map(v -> f.name() + " == " + constant(f, v)).collect(Collectors.joining(" || ",
                    values.size() > 1 ? "(" : "", values.size() > 1 ? ")" : ""));
        }

        void generate(Map<String, String> files) {
            for (EnumDef e : enums.values()) {
                files.put("io/lexfed/scenario/" + e.name() + ".java", enumSource(e));
            }
            files.put("io/lexfed/scenario/Actor.java", actorSource());
            files.put("io/lexfed/scenario/Action.java", actionSource());
            for (TypeDef t : types.values()) {
                files.put("io/lexfed/scenario/" + t.name() + ".java", recordSource(t));
            }
            files.put("io/lexfed/scenario/Scenario.java", scenarioSource());
            files.put("io/lexfed/internal/catalogue/CatalogueData.java", dataSource());
        }

        String enumSource(EnumDef e) {
            StringBuilder b = new StringBuilder("package io.lexfed.scenario;\n\n");
            b.append(javadoc("", e.doc() + " " + String.format(GENERATED, "facts.yaml")));
            b.append("public enum ").append(e.name()).append(" {\n");
            e.values().forEach((v, doc) -> b.append(javadoc("    ", doc)).append("    ").append(v).append(",\n"));
            b.append(javadoc("    ", "Not known: the scenario does not say. Never read as any other value."));
            b.append("    UNKNOWN\n}\n");
            return b.toString();
        }

        String actorSource() {
            StringBuilder b = new StringBuilder("package io.lexfed.scenario;\n\n");
            b.append(javadoc("", "Who proposes to act: the person whose conduct the determination judges. "
                    + String.format(GENERATED, "facts.yaml")));
            b.append("public enum Actor {\n");
            List<String> names = new ArrayList<>(actors.keySet());
            for (int i = 0; i < names.size(); i++) {
                b.append(javadoc("    ", (String) actors.get(names.get(i)).get("doc"))).append("    ").append(names.get(i))
                        .append(i + 1 < names.size() ? ",\n" : ";\n");
            }
            flag(b, "governmental", "True for every actor that exercises state or local governmental power.");
            flag(b, "lawEnforcement", "True for officers who make arrests and hold people: police, sheriffs and jails.");
            flag(b, "local", "True for actors that belong to a locality rather than the state.");
            return b.append("}\n").toString();
        }

        void flag(StringBuilder b, String flag, String doc) {
            List<String> yes = actors.entrySet().stream().filter(e -> (Boolean) e.getValue().get(flag)).map(Map.Entry::getKey).toList();
            b.append('\n').append(javadoc("    ", doc, "@return whether this actor is one of them"));
            b.append("    public boolean is").append(cap(flag)).append("() {\n        return switch (this) {\n");
            if (!yes.isEmpty()) {
                b.append("            case ").append(String.join(", ", yes)).append(" -> true;\n");
            }
            b.append("            default -> false;\n        };\n    }\n");
        }

        String actionSource() {
            StringBuilder b = new StringBuilder("package io.lexfed.scenario;\n\n");
            b.append(javadoc("", "The action under question, in relation to a federal immigration enforcement action; each "
                    + "constant's name is its JSON value. " + String.format(GENERATED, "facts.yaml")));
            b.append("public enum Action {\n");
            List<String> names = new ArrayList<>(actions.keySet());
            for (int i = 0; i < names.size(); i++) {
                b.append(javadoc("    ", actions.get(names.get(i)))).append("    ").append(names.get(i))
                        .append(i + 1 < names.size() ? ",\n" : "\n");
            }
            return b.append("}\n").toString();
        }

        String recordSource(TypeDef t) {
            StringBuilder b = new StringBuilder("package io.lexfed.scenario;\n\n");
            List<String> params = new ArrayList<>();
            for (FactDef f : t.facts()) {
                params.add("@param " + f.name() + " " + html(f.doc()) + (f.assertion() ? " (an assertion)" : ""));
            }
            b.append(javadoc("", t.doc() + " Immutable; an absent fact is unknown, never false. "
                    + String.format(GENERATED, "facts.yaml"), params.toArray(String[]::new)));
            b.append("public record ").append(t.name()).append('(')
                    .append(t.facts().stream().map(f -> f.javaType() + " " + f.name()).collect(Collectors.joining(", ")))
                    .append(") {\n");
            List<String> ctor = new ArrayList<>(params);
            ctor.add("@throws InvalidScenarioException naming the field that contradicts another");
            b.append(javadoc("    ", "Reads absent facts as unknown and refuses values that contradict each other.", ctor.toArray(String[]::new)));
            b.append("    public ").append(t.name()).append(" {\n");
            for (FactDef f : t.facts()) {
                switch (f.kind()) {
                    case "truth" -> b.append("        ").append(f.name()).append(" = Truth.orUnknown(").append(f.name()).append(");\n");
                    case "count" -> b.append("        if (").append(f.name()).append(" != null && ").append(f.name())
                            .append(" < 0) {\n            throw new InvalidScenarioException(").append(str(f.name()))
                            .append(", \"expected zero or more ").append(f.unit()).append(", got \" + ").append(f.name())
                            .append(");\n        }\n");
                    default -> b.append("        ").append(f.name()).append(" = ").append(f.name()).append(" == null ? ")
                            .append(f.kind()).append(".UNKNOWN : ").append(f.name()).append(";\n");
                }
            }
            for (FactDef f : t.facts()) {
                f.fills().forEach((field, value) -> {
                    FactDef g = t.fact(field);
                    b.append("        if (").append(f.name()).append(" == Truth.YES && ").append(field).append(" != ")
                            .append(g.kind().equals("truth") ? "Truth" : g.kind()).append(".UNKNOWN && ").append(field).append(" != ")
                            .append(constant(g, value)).append(") {\n            throw new InvalidScenarioException(").append(str(field))
                            .append(", \"is \" + ").append(field).append(" + ").append(str(" but " + f.name() + " is YES"))
                            .append(");\n        }\n");
                });
            }
            for (ConstraintDef k : t.constraints()) {
                b.append("        if (").append(k.forbid().entrySet().stream().map(e -> holds(t.fact(e.getKey()), e.getValue()))
                        .collect(Collectors.joining(" && "))).append(") {\n            throw new InvalidScenarioException(")
                        .append(str(k.at())).append(", ").append(str(k.message())).append(");\n        }\n");
            }
            b.append("    }\n\n");
            String noun = article(t.name());
            b.append(javadoc("    ", noun + " about which nothing is known.", "@return every fact unknown"));
            b.append("    public static ").append(t.name()).append(" unknown() {\n        return new ").append(t.name()).append('(')
                    .append(t.facts().stream().map(f -> "null").collect(Collectors.joining(", "))).append(");\n    }\n");
            t.shorthands().forEach((s, sets) -> {
                b.append('\n').append(javadoc("    ", t.shorthandDocs().get(s), "@return the facts it states, every other fact unknown"));
                b.append("    public static ").append(t.name()).append(' ').append(s).append("() {\n        return new ").append(t.name())
                        .append('(').append(t.facts().stream().map(f -> sets.containsKey(f.name()) ? constant(f, sets.get(f.name())) : "null")
                                .collect(Collectors.joining(", "))).append(");\n    }\n");
            });
            b.append('\n').append(javadoc("    ", "A builder with every fact unknown.", "@return a new builder"));
            b.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
            b.append(javadoc("    ", "A builder starting from these facts, for variations.", "@return a new builder holding these facts"));
            b.append("    public Builder toBuilder() {\n        return new Builder()")
                    .append(t.facts().stream().map(f -> "." + f.name() + "(" + f.name() + ")").collect(Collectors.joining()))
                    .append(";\n    }\n\n");
            b.append(javadoc("    ", "Builds " + lowerFirst(noun).replaceFirst("^state law", "state law") + "; facts not set stay unknown. "
                    + "Not thread-safe; what it builds is."));
            b.append("    public static final class Builder {\n");
            for (FactDef f : t.facts()) {
                b.append("        private ").append(f.javaType()).append(' ').append(f.name()).append(";\n");
            }
            b.append("\n        private Builder() {\n        }\n");
            for (FactDef f : t.facts()) {
                b.append('\n').append(javadoc("        ", "Sets: " + lowerFirst(f.doc()), "@param v the value, or null for unknown",
                        "@return this builder"));
                b.append("        public Builder ").append(f.name()).append('(').append(f.javaType()).append(" v) {\n            ")
                        .append(f.name()).append(" = v;\n            return this;\n        }\n");
            }
            b.append('\n').append(javadoc("        ", "Builds the record, checking it as its constructor does.", "@return the record",
                    "@throws InvalidScenarioException if the facts contradict each other"));
            b.append("        public ").append(t.name()).append(" build() {\n            return new ").append(t.name()).append('(')
                    .append(t.facts().stream().map(FactDef::name).collect(Collectors.joining(", "))).append(");\n        }\n    }\n}\n");
            return b.toString();
        }

        String scenarioSource() {
            StringBuilder b = new StringBuilder("package io.lexfed.scenario;\n\nimport java.time.LocalDate;\nimport java.util.Objects;\n\n");
            List<String> params = new ArrayList<>(List.of("@param date the day of the events, whose law applies; null for the day of evaluation",
                    "@param askedOn the day the question is asked: court decisions after it are not known; null for every decision LexFed knows (a court's reading of a law states what it always meant, so a later ruling answers for earlier events)",
                    "@param jurisdiction where the events happen", "@param actor who proposes to act", "@param action what the actor proposes to do"));
            parts.forEach(p -> params.add("@param " + p.name() + " " + html(p.doc())));
            b.append(javadoc("", "One question put to LexFed: may {@code actor} lawfully take {@code action}, in relation to a federal "
                    + "immigration enforcement action, in {@code jurisdiction}, on {@code date}? Immutable and thread-safe. Only actor "
                    + "and action are required; every other part defaults to \"unknown\", which the engine never reads as \"no\". "
                    + "A null date means the law of the day of evaluation. " + String.format(GENERATED, "facts.yaml"),
                    params.toArray(String[]::new)).replace("{&#64;code", "{@code"));
            String components = "LocalDate date, LocalDate askedOn, Jurisdiction jurisdiction, Actor actor, Action action, "
                    + parts.stream().map(p -> p.type() + " " + p.name()).collect(Collectors.joining(", "));
            b.append("public record Scenario(").append(components).append(") {\n");
            List<String> ctor = new ArrayList<>(params);
            ctor.add("@throws InvalidScenarioException if the actor or action is missing, or the date precedes the Constitution");
            b.append(javadoc("    ", "Checks the question and reads absent parts as unknown.", ctor.toArray(String[]::new)));
            b.append("    public Scenario {\n")
                    .append("        if (actor == null) {\n            throw new InvalidScenarioException(\"actor\", \"is required: one of \" + java.util.Arrays.toString(Actor.values()));\n        }\n")
                    .append("        if (action == null) {\n            throw new InvalidScenarioException(\"action\", \"is required: one of \" + java.util.Arrays.toString(Action.values()));\n        }\n")
                    .append("        jurisdiction = Objects.requireNonNullElseGet(jurisdiction, Jurisdiction::unknown);\n");
            for (PartDef p : parts) {
                b.append("        ").append(p.name()).append(" = Objects.requireNonNullElseGet(").append(p.name()).append(", ")
                        .append(p.type()).append("::unknown);\n");
            }
            b.append("        if (date != null && date.getYear() < 1789) {\n")
                    .append("            throw new InvalidScenarioException(\"date\", \"is before the Constitution took effect; LexFed has no law for \" + date);\n")
                    .append("        }\n")
                    .append("        if (askedOn != null && askedOn.getYear() < 1789) {\n")
                    .append("            throw new InvalidScenarioException(\"askedOn\", \"is before the Constitution took effect; LexFed has no law for \" + askedOn);\n")
                    .append("        }\n")
                    .append("        if (date != null && date.getYear() > 9999 || askedOn != null && askedOn.getYear() > 9999) {\n")
                    .append("            throw new InvalidScenarioException(date != null && date.getYear() > 9999 ? \"date\" : \"askedOn\", \"has a year of more than four digits\");\n")
                    .append("        }\n    }\n\n");
            b.append(javadoc("    ", "A builder for a scenario about {@code actor} taking {@code action}; everything else unknown.",
                    "@param actor who proposes to act", "@param action what the actor proposes to do", "@return a new builder")
                    .replace("{&#64;code", "{@code"));
            b.append("    public static Builder builder(Actor actor, Action action) {\n        return new Builder().actor(actor).action(action);\n    }\n\n");
            b.append(javadoc("    ", "A builder starting from this scenario's facts, for variations.", "@return a new builder"));
            b.append("    public Builder toBuilder() {\n        return new Builder().date(date).askedOn(askedOn).jurisdiction(jurisdiction).actor(actor).action(action)")
                    .append(parts.stream().map(p -> "." + p.name() + "(" + p.name() + ")").collect(Collectors.joining())).append(";\n    }\n\n");
            b.append(javadoc("    ", "Builds a {@link Scenario}. Not thread-safe; the scenario it builds is.").replace("{&#64;link", "{@link"));
            b.append("    public static final class Builder {\n        private LocalDate date;\n        private LocalDate askedOn;\n        private Jurisdiction jurisdiction;\n")
                    .append("        private Actor actor;\n        private Action action;\n");
            parts.forEach(p -> b.append("        private ").append(p.type()).append(' ').append(p.name()).append(";\n"));
            b.append("\n        private Builder() {\n        }\n");
            setter(b, "date", "LocalDate", "the day of the events, or null for the day of evaluation");
            setter(b, "askedOn", "LocalDate", "the day the question is asked, whose knowledge of the courts' decisions applies, or null for every decision LexFed knows");
            setter(b, "jurisdiction", "Jurisdiction", "where the events happen");
            setter(b, "actor", "Actor", "who proposes to act");
            setter(b, "action", "Action", "what the actor proposes to do");
            parts.forEach(p -> setter(b, p.name(), p.type(), lowerFirst(p.doc()).replaceAll("\\.$", "")));
            b.append('\n').append(javadoc("        ", "Builds the scenario.", "@return the scenario",
                    "@throws InvalidScenarioException if the actor or action is missing, or the date precedes the Constitution"));
            b.append("        public Scenario build() {\n            return new Scenario(date, askedOn, jurisdiction, actor, action, ")
                    .append(parts.stream().map(PartDef::name).collect(Collectors.joining(", "))).append(");\n        }\n    }\n}\n");
            return b.toString();
        }

        void setter(StringBuilder b, String name, String type, String doc) {
            b.append('\n').append(javadoc("        ", "Sets " + doc + ".", "@param v the value, or null for unknown", "@return this builder"));
            b.append("        public Builder ").append(name).append('(').append(type).append(" v) {\n            ").append(name)
                    .append(" = v;\n            return this;\n        }\n");
        }

        String dataSource() {
            StringBuilder b = new StringBuilder("package io.lexfed.internal.catalogue;\n\n");
            b.append("import io.lexfed.scenario.*;\nimport java.util.List;\nimport java.util.Map;\n\n");
            b.append(javadoc("", "The fact catalogue as tables: every fact with its path, type, values and texts; how to read all facts "
                    + "of a scenario as codes and rebuild a scenario from codes; the contradictions. A fact's code is the ordinal of its "
                    + "value (YES 0, NO 1 for a truth), the number itself for a count, and -1 when unknown. "
                    + String.format(GENERATED, "facts.yaml")));
            b.append("final class CatalogueData {\n    private CatalogueData() {\n    }\n\n");
            b.append("    static final int COUNT = ").append(facts.size()).append(";\n\n");
            b.append("    static final List<Fact> FACTS = List.of(\n");
            for (int i = 0; i < facts.size(); i++) {
                Slot s = facts.get(i);
                FactDef f = s.fact();
                String question = s.part().questions().getOrDefault(f.name(), f.question());
                Map<Integer, Integer> fills = new LinkedHashMap<>();
                f.fills().forEach((field, v) -> {
                    Slot target = byPath.get(s.part().name() + "." + field);
                    fills.put(target.index(), domain(target.fact()).indexOf(v));
                });
                b.append("            new Fact(").append(i).append(", ").append(str(s.path())).append(", ").append(str(s.part().name()))
                        .append(", ").append(str(f.name())).append(", Fact.Type.").append(switch (f.kind()) {
                            case "truth" -> "TRUTH";
                            case "count" -> "COUNT";
                            default -> "ENUM";
                        }).append(", ").append(strings(domain(f))).append(",\n                    ").append(str(question))
                        .append(",\n                    ").append(str(f.doc())).append(",\n                    ")
                        .append(strings(f.turnsOn())).append(", ").append(f.assertion()).append(", pairs(")
                        .append(fills.entrySet().stream().map(e -> e.getKey() + ", " + e.getValue()).collect(Collectors.joining(", ")))
                        .append("))").append(i + 1 < facts.size() ? ",\n" : ");\n\n");
            }
            // the documentation of every type and part, for the schema and the docs
            List<String> docs = new ArrayList<>();
            enums.values().forEach(e -> docs.add(str(e.name()) + ", " + str(e.doc())));
            types.values().forEach(t -> docs.add(str(t.name()) + ", " + str(t.doc())));
            parts.forEach(p -> docs.add(str("part:" + p.name()) + ", " + str(p.doc())));
            b.append("    static final Map<String, String> DOCS = Map.ofEntries(\n")
                    .append(docs.stream().map(d -> "            Map.entry(" + d + ")").collect(Collectors.joining(",\n"))).append(");\n\n");
            // the contradictions, as codes: declared ones, and a filled fact given another value than the shorthand's
            b.append("    static final List<Contradiction> CONTRADICTIONS = List.of(\n");
            List<String> rows = new ArrayList<>();
            for (PartDef p : parts) {
                TypeDef t = types.get(p.type());
                for (ConstraintDef k : t.constraints()) {
                    List<String> terms = new ArrayList<>();
                    k.forbid().forEach((field, values) -> {
                        Slot s = byPath.get(p.name() + "." + field);
                        terms.add(s.index() + ", new int[] {" + values.stream().map(v -> String.valueOf(domain(s.fact()).indexOf(v)))
                                .collect(Collectors.joining(", ")) + "}");
                    });
                    rows.add("            Contradiction.of(" + byPath.get(p.name() + "." + k.at()).index() + ", " + str(k.message()) + ", "
                            + String.join(", ", terms) + ")");
                }
                for (FactDef f : t.facts()) {
                    Slot shorthand = byPath.get(p.name() + "." + f.name());
                    f.fills().forEach((field, v) -> {
                        Slot s = byPath.get(p.name() + "." + field);
                        List<String> domain = domain(s.fact());
                        String others = domain.stream().filter(x -> !x.equals(v)).map(x -> String.valueOf(domain.indexOf(x)))
                                .collect(Collectors.joining(", "));
                        rows.add("            Contradiction.of(" + s.index() + ", " + str("contradicts " + f.name() + " YES") + ", "
                                + shorthand.index() + ", new int[] {0}, " + s.index() + ", new int[] {" + others + "})");
                    });
                }
            }
            b.append(String.join(",\n", rows)).append(");\n\n");
            // reading every fact as a code
            b.append("    static int[] encode(Scenario s) {\n        int[] v = new int[COUNT];\n");
            for (Slot s : facts) {
                String get = "s." + s.part().name() + "()." + s.fact().name() + "()";
                b.append("        v[").append(s.index()).append("] = ").append(switch (s.fact().kind()) {
                    case "truth" -> "code(" + get + ", Truth.UNKNOWN)";
                    case "count" -> get + " == null ? -1 : " + get;
                    default -> "code(" + get + ", " + s.fact().kind() + ".UNKNOWN)";
                }).append(";\n");
            }
            b.append("        return v;\n    }\n\n");
            b.append("    private static Map<Integer, Integer> pairs(int... kv) {\n        Map<Integer, Integer> m = new java.util.HashMap<>();\n"
                    + "        for (int i = 0; i < kv.length; i += 2) {\n            m.put(kv[i], kv[i + 1]);\n        }\n        return m;\n    }\n\n");
            b.append("    private static int code(Enum<?> value, Enum<?> unknown) {\n        return value == unknown ? -1 : value.ordinal();\n    }\n\n");
            // rebuilding a scenario from codes
            Set<String> enumTypes = new LinkedHashSet<>();
            facts.forEach(s -> {
                if (!Set.of("truth", "count").contains(s.fact().kind())) {
                    enumTypes.add(s.fact().kind());
                }
            });
            enumTypes.add("Truth");
            for (String e : enumTypes) {
                b.append("    private static final ").append(e).append("[] ").append(e.toUpperCase()).append(" = ").append(e)
                        .append(".values();\n");
            }
            b.append("\n    static Scenario decode(Scenario question, int[] v) {\n        return new Scenario(question.date(), question.askedOn(), "
                    + "question.jurisdiction(), question.actor(), question.action(),\n");
            List<String> partArgs = new ArrayList<>();
            for (PartDef p : parts) {
                TypeDef t = types.get(p.type());
                partArgs.add("                new " + t.name() + "(" + t.facts().stream().map(f -> {
                    int i = byPath.get(p.name() + "." + f.name()).index();
                    return switch (f.kind()) {
                        case "truth" -> "value(TRUTH, v[" + i + "])";
                        case "count" -> "v[" + i + "] < 0 ? null : v[" + i + "]";
                        default -> "value(" + f.kind().toUpperCase() + ", v[" + i + "])";
                    };
                }).collect(Collectors.joining(", ")) + ")");
            }
            b.append(String.join(",\n", partArgs)).append(");\n    }\n\n");
            b.append("    // every enum's last constant is UNKNOWN\n");
            b.append("    private static <E> E value(E[] values, int code) {\n        return values[code < 0 ? values.length - 1 : code];\n    }\n}\n");
            return b.toString();
        }
    }

    // ---- the predicates --------------------------------------------------------------------

    record Decision(int question, String authority, boolean holds, String state, boolean persuasiveOnly, List<String> judgmentFor, String readsLawBefore) {
    }

    record Named(String kind, String id, String says, List<String> cites, List<Integer> facts, String presumes) {
    }

    record PredicateDef(String file, String id, String doctrine, String analysis, String says, String yes, String no, List<String> cites,
                        int assertedBy, JsonNode node) {
    }

    static final class Predicates {
        final Catalogue c;
        final Set<String> authorities;
        final List<PredicateDef> definitions = new ArrayList<>();
        final Map<String, Integer> index = new LinkedHashMap<>();
        final List<Named> presumptions = new ArrayList<>();
        final List<Named> exceptions = new ArrayList<>();
        final List<Named> contested = new ArrayList<>();
        final List<String> inForce = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        // contested questions by id (kept across both walks, so a ruling may name one defined later) and the rulings that name them
        final Map<String, Integer> contestedIndex = new LinkedHashMap<>();
        final List<String> rulings = new ArrayList<>();
        final Set<String> elementIds = new LinkedHashSet<>();
        String where = "";

        Predicates(Catalogue c, Set<String> authorities) {
            this.c = c;
            this.authorities = authorities;
        }

        static Predicates read(Path rules, Catalogue c, Set<String> authorities) throws IOException {
            Predicates p = new Predicates(c, authorities);
            Map<String, Set<String>> sections = new LinkedHashMap<>();
            for (JsonNode d : YAML.readTree(rules.resolve("doctrines.yaml").toFile())) {
                sections.put(d.path("id").asText(), new LinkedHashSet<>(list(d.get("sections"))));
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(rules.resolve("predicates"))) {
                files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            List<JsonNode> bodies = new ArrayList<>();
            for (Path f : files) {
                String w = "predicates/" + f.getFileName();
                JsonNode root = YAML.readTree(f.toFile());
                allowOnly(w, root, "doctrine", "predicates");
                String doctrine = text(w, root, "doctrine");
                if (!f.getFileName().toString().equals(doctrine + ".yaml")) {
                    problem(w, "declares doctrine " + doctrine + "; the file is named for its doctrine");
                }
                if (!sections.containsKey(doctrine)) {
                    problem(w, "doctrine " + doctrine + " is not in doctrines.yaml");
                }
                for (JsonNode n : root.path("predicates")) {
                    String pw = w + " " + n.path("id").asText();
                    allowOnly(pw, n, "id", "analysis", "says", "yes", "no", "cites", "assertedBy", "is");
                    String id = text(pw, n, "id");
                    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                        problem(pw, "an id is kebab-case");
                    }
                    if (p.index.containsKey(id)) {
                        problem(pw, "duplicate predicate id");
                    }
                    String analysis = text(pw, n, "analysis");
                    if (sections.containsKey(doctrine) && !sections.get(doctrine).contains(analysis)) {
                        problem(pw, "analysis " + analysis + " is not a section of doctrine " + doctrine);
                    }
                    List<String> cites = p.cites(pw, n.get("cites"));
                    int asserted = -1;
                    if (n.has("assertedBy")) {
                        Slot s = c.byPath.get(n.get("assertedBy").asText());
                        if (s == null || !s.fact().assertion()) {
                            problem(pw, "assertedBy names " + n.get("assertedBy").asText() + ", which is not an assertion in facts.yaml");
                        } else {
                            asserted = s.index();
                        }
                    }
                    String says = text(pw, n, "says");
                    p.index.put(id, p.definitions.size());
                    p.definitions.add(new PredicateDef(w, id, doctrine, analysis, says, n.path("yes").asText(says + "."),
                            n.path("no").asText(says + ": no."), cites, asserted, n.get("is")));
                    bodies.add(n.get("is"));
                }
            }
            // every node is checked here, so the Java written below never fails on a bad reference
            for (PredicateDef d : p.definitions) {
                p.where = d.file() + " " + d.id();
                if (d.node() == null) {
                    problem(p.where, "needs 'is': what the predicate is computed from");
                } else {
                    p.java(d.node());
                }
            }
            p.cycles();
            for (String r : p.rulings) {
                String[] at = r.split("\u0000");
                if (!p.contestedIndex.containsKey(at[1])) {
                    problem(at[0], "a ruling names unknown contested question " + at[1]);
                }
            }
            return p;
        }

        List<String> cites(String w, JsonNode n) {
            List<String> cites = list(n);
            if (cites.isEmpty()) {
                problem(w, "cites nothing ('cites' is required)");
            }
            cites.stream().filter(a -> !authorities.contains(a)).forEach(a -> problem(w, "cites unknown authority " + a));
            return cites;
        }

        Named named(String kind, JsonNode n, List<Integer> facts) {
            String w = where + " " + kind;
            String id = text(w, n, "id");
            if (!elementIds.add(id)) {
                problem(w, "duplicate id " + id + " (presumptions, exceptions and contested questions share one namespace)");
            }
            return new Named(kind, id, text(w, n, "says").replaceAll("\\s+", " "), cites(w + " " + id, n.get("cites")), facts,
                    n.has("contested") ? "UNSETTLED" : n.path("as").asText("YES"));
        }

        /**
         * Registers a contested question and the court decisions that decide it where they bind
         * ({@code decidedBy}: authority, what it holds, and, for a question of one state's law, the
         * state it decides it for); returns the question's index.
         */
        int contested(JsonNode v) {
            allowOnly(where + " contested", v, "id", "says", "cites", "decidedBy");
            int q = contested.size();
            contested.add(named("contested", v, List.of()));
            contestedIndex.putIfAbsent(v.path("id").asText(), q);
            for (JsonNode d : v.path("decidedBy")) {
                String w = where + " contested " + v.path("id").asText() + " decidedBy";
                allowOnly(w, d, "authority", "holds", "for", "persuasiveOnly", "judgmentFor", "readsLawBefore");
                String a = text(w, d, "authority");
                if (!authorities.contains(a)) {
                    problem(w, "names unknown authority " + a);
                }
                String holds = text(w, d, "holds");
                if (!holds.equals("YES") && !holds.equals("NO")) {
                    problem(w, "holds YES or NO, got " + holds);
                }
                String state = d.has("for") ? d.get("for").asText() : null;
                if (state != null && !state.matches("[A-Z]{2}")) {
                    problem(w, "'for' names a state by its two-letter code, got " + state);
                }
                // the parties a judgment binds: a state by its code, a locality as ST/locality-id of its state's file
                List<String> parties = new ArrayList<>();
                JsonNode pn = d.path("judgmentFor");
                Iterable<JsonNode> named = pn.isArray() ? pn : List.of(pn);
                for (JsonNode x : named) {
                    if (x.isMissingNode()) {
                        continue;
                    }
                    String party = x.asText();
                    if (!party.matches("[A-Z]{2}(/[a-z0-9-]+)?")) {
                        problem(w, "'judgmentFor' names each party as a two-letter state code or ST/locality-id, got " + party);
                    }
                    parties.add(party);
                }
                // a reading of the state's law as it stood before a statute changed it answers only for events before that day
                String before = d.has("readsLawBefore") ? d.get("readsLawBefore").asText() : null;
                if (before != null && (state == null || !isDate(before))) {
                    problem(w, "'readsLawBefore' is a date (YYYY-MM-DD) on a decision 'for' one state, got " + before);
                }
                decisions.add(new Decision(q, a, holds.equals("YES"), state, d.path("persuasiveOnly").asBoolean(false), List.copyOf(parties), before));
            }
            return q;
        }

        // parsed here, so that a day the calendar lacks fails the build, not the generated class's first use
        private static boolean isDate(String s) {
            try {
                java.time.LocalDate.parse(s);
                return true;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }

        /** The Java expression that builds a node, checking it on the way. */
        String java(JsonNode n) {
            if (n == null) {
                problem(where, "an empty element");
                return "null";
            }
            if (n.isTextual()) {
                Integer i = index.get(n.asText());
                if (i == null) {
                    problem(where, "refers to unknown predicate " + n.asText());
                    return "null";
                }
                return "Node.ref(" + i + ")";
            }
            if (!n.isObject()) {
                problem(where, "an element is a predicate id or a mapping, got " + n);
                return "null";
            }
            if (n.has("fact")) {
                allowOnly(where, n, "fact", "is", "in", "atMost");
                Slot s = c.byPath.get(n.get("fact").asText());
                if (s == null) {
                    problem(where, "unknown fact " + n.get("fact").asText());
                    return "null";
                }
                FactDef f = s.fact();
                if (n.has("atMost")) {
                    if (!f.kind().equals("count")) {
                        problem(where, s.path() + " is not a count; atMost compares counts");
                    }
                    return "Node.atMost(" + s.index() + ", " + n.get("atMost").asInt() + ")";
                }
                List<String> values = n.has("is") ? List.of(n.get("is").asText()) : n.has("in") ? list(n.get("in")) : List.of();
                if (values.isEmpty()) {
                    if (!f.kind().equals("truth")) {
                        problem(where, s.path() + " is not a truth; say which values with 'is' or 'in'");
                    }
                    return "Node.truth(" + s.index() + ")";
                }
                List<String> domain = c.domain(f);
                List<String> codes = new ArrayList<>();
                for (String v : values) {
                    if (!domain.contains(v)) {
                        problem(where, s.path() + " cannot be " + v + " (expected one of " + domain + ")");
                    }
                    codes.add(String.valueOf(domain.indexOf(v)));
                }
                return "Node.is(" + s.index() + ", " + String.join(", ", codes) + ")";
            }
            Set<String> k = keys(n);
            if (k.equals(Set.of("base", "unless"))) {
                List<String> ids = new ArrayList<>();
                List<String> whens = new ArrayList<>();
                for (JsonNode e : n.get("unless")) {
                    allowOnly(where + " exception", e, "id", "says", "cites", "when");
                    ids.add(String.valueOf(exceptions.size()));
                    List<Integer> facts = new ArrayList<>();
                    collectFacts(e.get("when"), facts);
                    exceptions.add(named("exception", e, facts));
                    whens.add(java(e.get("when")));
                }
                return "Node.except(" + java(n.get("base")) + ", new int[] {" + String.join(", ", ids) + "}, new Node[] {"
                        + String.join(", ", whens) + "})";
            }
            if (k.size() != 1) {
                problem(where, "an element has one key (all, any, not, fact, action, actor, inForce, contested, ruling, presume), or base"
                        + " and unless; got " + k);
                return "null";
            }
            String key = k.iterator().next();
            JsonNode v = n.get(key);
            switch (key) {
                case "all", "any" -> {
                    if (!v.isArray() || v.size() < 2) {
                        problem(where, key + " takes a list of two or more elements");
                    }
                    List<String> parts = new ArrayList<>();
                    v.forEach(x -> parts.add(java(x)));
                    return "Node." + key + "(" + String.join(", ", parts) + ")";
                }
                case "not" -> {
                    return "Node.not(" + java(v) + ")";
                }
                case "ruling" -> {
                    allowOnly(where + " ruling", v, "question", "holds");
                    String q = text(where + " ruling", v, "question");
                    String holds = text(where + " ruling", v, "holds");
                    if (!holds.equals("YES") && !holds.equals("NO")) {
                        problem(where, "a ruling holds YES or NO, got " + holds);
                    }
                    rulings.add(where + "\u0000" + q);
                    Integer i = contestedIndex.get(q);
                    return "Node.ruling(" + (i == null ? -1 : i) + ", " + holds.equals("YES") + ")";
                }
                case "action" -> {
                    List<String> as = list(v);
                    as.stream().filter(a -> !c.actions.containsKey(a)).forEach(a -> problem(where, "unknown action " + a));
                    return "Node.action(" + as.stream().map(a -> "Action." + a).collect(Collectors.joining(", ")) + ")";
                }
                case "actor" -> {
                    List<String> as = v.isTextual()
                            ? c.actors.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue().get(v.asText()))).map(Map.Entry::getKey).toList()
                            : list(v);
                    if (v.isTextual() && !Set.of("governmental", "lawEnforcement", "local").contains(v.asText())) {
                        problem(where, "actor takes a list of actors or one of governmental, lawEnforcement, local");
                    }
                    as.stream().filter(a -> !c.actors.containsKey(a)).forEach(a -> problem(where, "unknown actor " + a));
                    return "Node.actor(" + as.stream().map(a -> "Actor." + a).collect(Collectors.joining(", ")) + ")";
                }
                case "inForce" -> {
                    String id = v.asText();
                    if (!authorities.contains(id)) {
                        problem(where, "inForce names unknown authority " + id);
                    }
                    if (!inForce.contains(id)) {
                        inForce.add(id);
                    }
                    return "Node.inForce(" + inForce.indexOf(id) + ")";
                }
                case "contested" -> {
                    return "Node.contested(" + contested(v) + ")";
                }
                case "presume" -> {
                    allowOnly(where + " presume", v, "id", "says", "cites", "when", "fact", "node", "as", "contested", "rebuttal");
                    String inner;
                    List<Integer> facts = new ArrayList<>();
                    if (v.has("fact") == v.has("node")) {
                        problem(where, "a presumption names the truth fact it presumes ('fact') or the element ('node')");
                        return "null";
                    }
                    JsonNode innerNode = v.has("fact") ? YAML.createObjectNode().put("fact", v.get("fact").asText()) : v.get("node");
                    collectFacts(innerNode, facts);
                    String as = v.path("as").asText("YES");
                    if (!as.equals("YES") && !as.equals("NO")) {
                        problem(where, "a presumption presumes YES or NO");
                    }
                    int i = presumptions.size();
                    presumptions.add(named("presumption", v, facts));
                    inner = java(innerNode);
                    String when = v.has("when") ? java(v.get("when")) : "null";
                    if (v.has("contested")) {
                        // the presumption that a question a pending challenge disputes is for the court
                        int q = contested(v.get("contested"));
                        String rebuttal = v.path("rebuttal").asText("");
                        if (!rebuttal.equals("YES") && !rebuttal.equals("NO")) {
                            problem(where, "a presumption that a question is before the courts names its rebuttal: YES or NO");
                        }
                        return "Node.presumeContested(" + i + ", " + when + ", " + inner + ", " + q + ", "
                                + rebuttal.equals("YES") + ")";
                    }
                    return "Node.presume(" + i + ", " + when + ", " + inner + ", " + as.equals("YES") + ")";
                }
                default -> {
                    problem(where, "unknown element " + key);
                    return "null";
                }
            }
        }

        void collectFacts(JsonNode n, List<Integer> out) {
            if (n == null) {
                return;
            }
            if (n.isObject() && n.has("fact")) {
                Slot s = c.byPath.get(n.get("fact").asText());
                if (s != null && !out.contains(s.index())) {
                    out.add(s.index());
                }
                return;
            }
            n.forEach(x -> collectFacts(x, out));
        }

        void cycles() {
            Map<String, Set<String>> refs = new LinkedHashMap<>();
            for (PredicateDef d : definitions) {
                Set<String> r = new LinkedHashSet<>();
                refsOf(d.node(), r);
                refs.put(d.id(), r);
            }
            Set<String> done = new LinkedHashSet<>();
            for (String id : refs.keySet()) {
                visit(id, refs, new ArrayList<>(), done);
            }
        }

        void refsOf(JsonNode n, Set<String> out) {
            if (n == null) {
                return;
            }
            if (n.isTextual()) {
                out.add(n.asText());
            } else if (n.isObject() && !n.has("fact") && !n.has("inForce") && !n.has("action") && !n.has("actor")) {
                n.forEach(x -> refsOf(x, out));
            } else if (n.isArray()) {
                n.forEach(x -> refsOf(x, out));
            }
        }

        void visit(String id, Map<String, Set<String>> refs, List<String> path, Set<String> done) {
            if (done.contains(id) || !refs.containsKey(id)) {
                return;
            }
            if (path.contains(id)) {
                problem("predicates", "a predicate refers back to itself: " + String.join(" -> ", path) + " -> " + id);
                return;
            }
            path.add(id);
            for (String r : refs.get(id)) {
                visit(r, refs, path, done);
            }
            path.remove(path.size() - 1);
            done.add(id);
        }

        String element(String kind, Named n, int i) {
            return "            new Element(Element.Kind." + kind + ", " + i + ", " + str(n.id()) + ",\n                    " + str(n.says())
                    + ",\n                    " + strings(n.cites()) + ", new int[] {"
                    + n.facts().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "}, " + str(n.presumes()) + ")";
        }

        void generate(Map<String, String> files) {
            StringBuilder b = new StringBuilder("package io.lexfed.internal.predicates;\n\n");
            b.append("import io.lexfed.scenario.Action;\nimport io.lexfed.scenario.Actor;\nimport java.util.List;\n\n");
            b.append(javadoc("", "The predicates of {@code rules/predicates/} as element trees, with the presumptions, exceptions and "
                    + "contested questions they name and the dated authorities they ask about. " + String.format(GENERATED, "predicates/")));
            b.append("final class PredicateData {\n    private PredicateData() {\n    }\n\n");
            b.append("    static final List<String> IN_FORCE = ").append(strings(inForce)).append(";\n\n");
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < presumptions.size(); i++) {
                rows.add(element("PRESUMPTION", presumptions.get(i), i));
            }
            b.append("    static final List<Element> PRESUMPTIONS = List.of(\n").append(String.join(",\n", rows)).append(");\n\n");
            rows.clear();
            for (int i = 0; i < exceptions.size(); i++) {
                rows.add(element("EXCEPTION", exceptions.get(i), i));
            }
            b.append("    static final List<Element> EXCEPTIONS = List.of(\n").append(String.join(",\n", rows)).append(");\n\n");
            rows.clear();
            for (int i = 0; i < contested.size(); i++) {
                rows.add(element("CONTESTED", contested.get(i), i));
            }
            b.append("    static final List<Element> CONTESTED = List.of(\n").append(String.join(",\n", rows)).append(");\n\n");
            rows.clear();
            for (Decision d : decisions) {
                rows.add("            new Decision(" + d.question() + ", " + str(d.authority()) + ", " + d.holds() + ", "
                        + (d.state() == null ? "null" : str(d.state())) + ", " + d.persuasiveOnly() + ", "
                        + "List.of(" + d.judgmentFor().stream().map(Codegen::str).collect(java.util.stream.Collectors.joining(", ")) + "), "
                        + (d.readsLawBefore() == null ? "null" : "java.time.LocalDate.parse(" + str(d.readsLawBefore()) + ")") + ")");
            }
            b.append("    static final List<Decision> DECISIONS = List.of(\n").append(String.join(",\n", rows)).append(");\n\n");
            decisions.clear();
            // the trees are written again from the start, so their element indices match the lists above
            presumptions.clear();
            exceptions.clear();
            contested.clear();
            elementIds.clear();
            rows.clear();
            for (int i = 0; i < definitions.size(); i++) {
                PredicateDef d = definitions.get(i);
                where = d.file() + " " + d.id();
                rows.add("            new Definition(" + i + ", " + str(d.id()) + ", " + str(d.doctrine()) + ", " + str(d.analysis()) + ",\n"
                        + "                    " + str(d.says()) + ",\n                    " + str(d.yes()) + ",\n                    "
                        + str(d.no()) + ",\n                    " + strings(d.cites()) + ", " + d.assertedBy() + ",\n                    "
                        + java(d.node()) + ")");
            }
            b.append("    static final List<Definition> DEFINITIONS = List.of(\n").append(String.join(",\n", rows)).append(");\n}\n");
            files.put("io/lexfed/internal/predicates/PredicateData.java", b.toString());
        }
    }
}
