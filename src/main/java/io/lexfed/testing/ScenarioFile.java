package io.lexfed.testing;

import static io.lexfed.testing.LexFedAssertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lexfed.LexFed;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * One scenario test file (YAML or JSON): a {@code name}, optional {@code analysis}, {@code basedOn}
 * (the authority id of the real case it reproduces) and {@code note}, the {@code scenario} in the
 * JSON input's shape, and what the engine must conclude about it under {@code expect}.
 * {@link #path()} is relative to the folder the file was read from.
 *
 * @param path the file, relative to the folder it was read from
 * @param name what the scenario shows, in one sentence
 * @param analysis the section of the analysis it exercises, or null
 * @param basedOn the authority id of the real case it reproduces, or null
 * @param note free text, or null
 * @param scenario the scenario part as JSON text, in the JSON input's shape (a YAML file's is converted)
 * @param expect what the determination must hold
 */
public record ScenarioFile(Path path, String name, String analysis, String basedOn, String note, String scenario, Expect expect) {

    /**
     * What a scenario file expects. Lists absent from the file are empty, except {@code missing} and
     * {@code presumptions}: absent, they are not checked; given, they must match exactly. A
     * CONDITIONAL expectation must list its missing facts.
     *
     * @param outcome the outcome's name, e.g. {@code PROHIBITED}
     * @param fired rule ids that must fire on the facts as given
     * @param notFired rule ids that must not fire on the facts as given
     * @param reasons rule ids that must be among the reasons that carried the outcome (some may hold
     *                only on a condition the facts leave open)
     * @param cites authority ids that must be cited
     * @param missing the exact JSON paths of the missing facts, or null not to check them
     * @param exposure exposure kinds that must be named
     * @param findings predicate ids with the value each must have (YES, NO, UNKNOWN or UNSETTLED)
     * @param presumptions the exact ids of the presumptions relied on, or null not to check them
     * @param cautions texts each of which some caution must contain
     * @param ifRebutted presumption ids with the outcome each must report for when it is rebutted
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Expect(String outcome, List<String> fired, List<String> notFired, List<String> reasons, List<String> cites,
                         List<String> missing, List<String> exposure, java.util.Map<String, String> findings, List<String> presumptions,
                         List<String> cautions, java.util.Map<String, String> ifRebutted) {
        /**
         * Replaces absent lists with empty ones.
         *
         * @param outcome the outcome's name, e.g. {@code PROHIBITED}
         * @param fired rule ids that must fire on the facts as given
         * @param notFired rule ids that must not fire on the facts as given
         * @param reasons rule ids that must be among the reasons that carried the outcome (some may hold only on a
         *     condition the facts leave open)
         * @param cites authority ids that must be cited
         * @param missing the exact JSON paths of the missing facts, or null not to check them
         * @param exposure exposure kinds that must be named
         * @param findings predicate ids with the value each must have (YES, NO, UNKNOWN or UNSETTLED)
         * @param presumptions the exact ids of the presumptions relied on, or null not to check them
         * @param cautions texts each of which some caution must contain
         * @param ifRebutted presumption ids with the outcome each must report for when it is rebutted
         */
        public Expect {
            fired = fired == null ? List.of() : List.copyOf(fired);
            notFired = notFired == null ? List.of() : List.copyOf(notFired);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            cites = cites == null ? List.of() : List.copyOf(cites);
            cautions = cautions == null ? List.of() : List.copyOf(cautions);
            missing = missing == null ? null : List.copyOf(missing);
            exposure = exposure == null ? List.of() : List.copyOf(exposure);
            findings = findings == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
            presumptions = presumptions == null ? null : List.copyOf(presumptions);
            ifRebutted = ifRebutted == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ifRebutted));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    private record Raw(String name, String analysis, String basedOn, String note, JsonNode scenario, Expect expect) {
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    /**
     * Every {@code .yaml}, {@code .yml} and {@code .json} file under {@code root}, at any depth, in path order.
     *
     * @param root the folder to read
     * @return the files, read and checked for the required fields
     * @throws IllegalArgumentException if a file lacks {@code name}, {@code scenario} or {@code expect.outcome}
     */
    public static List<ScenarioFile> readAll(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(ScenarioFile::isScenarioFile).sorted().map(p -> read(root, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /**
     * Reads one file.
     *
     * @param root the folder {@link #path()} is made relative to
     * @param file the file
     * @return the scenario file
     */
    public static ScenarioFile read(Path root, Path file) {
        Raw r;
        try {
            r = YAML.readValue(file.toFile(), Raw.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(where(file, e) + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (r == null || r.name() == null || r.scenario() == null || r.expect() == null || r.expect().outcome() == null) {
            throw new IllegalArgumentException(file + ": a scenario file needs name, scenario and expect.outcome");
        }
        return new ScenarioFile(root.relativize(file), r.name(), r.analysis(), r.basedOn(), r.note(), r.scenario().toString(), r.expect());
    }

    // file:line:column, as compilers write it, so an IDE or a terminal links to the place
    private static String where(Path file, com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? file + ": " : file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    /**
     * The scenario, read strictly as the JSON input is.
     *
     * @return the scenario
     * @throws io.lexfed.scenario.InvalidScenarioException if the scenario part is malformed
     */
    public Scenario toScenario() {
        return LexFedJson.readScenario(scenario);
    }

    /**
     * Evaluates the scenario with {@code engine} and checks every expectation of the file, and that
     * the determination is {@linkplain DeterminationAssert#isWellFormed() well formed}. Every
     * expectation is checked, and all that fail are reported together in one
     * {@link AssertionFailedError} naming the file: its message lists each mismatch, and its
     * expected and actual values hold one line per failed expectation, for an IDE's diff.
     *
     * @param engine the engine to evaluate with
     * @return the determination, for further checks
     * @throws AssertionFailedError naming the file and everything that differed
     * @throws IllegalArgumentException naming the file, if its scenario part is malformed
     */
    public Determination check(LexFed engine) {
        Scenario s;
        try {
            s = toScenario();
        } catch (io.lexfed.scenario.InvalidScenarioException e) {
            throw new IllegalArgumentException(path + ": scenario: " + e.getMessage(), e);
        }
        Determination d = engine.evaluate(s);
        Map<String, Runnable> checks = new LinkedHashMap<>();
        checks.put("outcome", () -> assertThat(d).hasOutcome(Outcome.valueOf(expect.outcome())));
        checks.put("fired", () -> assertThat(d).fired(expect.fired()));
        checks.put("notFired", () -> assertThat(d).didNotFire(expect.notFired()));
        checks.put("reasons", () -> assertThat(d).hasReasonsFromRules(expect.reasons()));
        checks.put("cites", () -> assertThat(d).cites(expect.cites().toArray(String[]::new)));
        checks.put("exposure", () -> assertThat(d).hasExposure(expect.exposure()));
        checks.put("findings", () -> assertThat(d).hasFindings(expect.findings()));
        checks.put("cautions", () -> assertThat(d).hasCautionsContaining(expect.cautions()));
        if (expect.presumptions() != null) {
            checks.put("presumptions", () -> assertThat(d).presumesExactly(expect.presumptions()));
        }
        expect.ifRebutted().forEach((id, outcome) -> checks.put("ifRebutted." + id,
                () -> assertThat(d).presumesWithOutcomeIfRebutted(id, Outcome.valueOf(outcome))));
        checks.put("missing", () -> {
            if (expect.missing() != null) {
                assertThat(d).isMissingExactly(expect.missing());
            } else if (d.outcome() == Outcome.CONDITIONAL) {
                throw new AssertionFailedError("a CONDITIONAL expectation must list its missing facts under expect.missing",
                        "expect.missing listed", "expect.missing absent");
            }
        });
        checks.put("well formed", () -> assertThat(d).isWellFormed());
        // a misspelt rule id under notFired would hold whatever the engine did, so every id named must be a rule
        checks.put("rule ids", () -> {
            List<String> unknown = java.util.stream.Stream.of(expect.fired(), expect.notFired(), expect.reasons())
                    .flatMap(List::stream).filter(id -> !RuleIds.KNOWN.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new AssertionFailedError("expect names rules the engine does not have: " + unknown, "known rule ids", unknown.toString());
            }
        });
        List<String> messages = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        checks.forEach((what, check) -> {
            try {
                check.run();
            } catch (AssertionError e) {
                messages.add(what + ": " + e.getMessage().strip());
                AssertionFailedError f = e instanceof AssertionFailedError a ? a : null;
                expected.append(what).append(": ").append(f != null && f.isExpectedDefined() ? f.getExpected().getStringRepresentation() : "?")
                        .append('\n');
                actual.append(what).append(": ").append(f != null && f.isActualDefined() ? f.getActual().getStringRepresentation() : "?")
                        .append('\n');
            }
        });
        if (!messages.isEmpty()) {
            StringBuilder m = new StringBuilder(path + " (" + name + "): " + messages.size() + " of " + checks.size() + " expectations failed");
            for (int i = 0; i < messages.size(); i++) {
                m.append("\n  ").append(i + 1).append(". ").append(messages.get(i).replace("\n", "\n     "));
            }
            throw new AssertionFailedError(m.toString(), expected.toString(), actual.toString());
        }
        return d;
    }

    // the rules' ids, read once for every file a run checks
    private static final class RuleIds {
        static final java.util.Set<String> KNOWN = LexFed.rules().stream().map(io.lexfed.registry.Rule::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
