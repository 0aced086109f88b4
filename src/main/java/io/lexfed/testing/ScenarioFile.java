package io.lexfed.testing;

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
import java.util.List;
import java.util.stream.Stream;

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
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (r == null || r.name() == null || r.scenario() == null || r.expect() == null || r.expect().outcome() == null) {
            throw new IllegalArgumentException(file + ": a scenario file needs name, scenario and expect.outcome");
        }
        return new ScenarioFile(root.relativize(file), r.name(), r.analysis(), r.basedOn(), r.note(), r.scenario().toString(), r.expect());
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
     * the determination is {@linkplain DeterminationAssert#isWellFormed() well formed}.
     *
     * @param engine the engine to evaluate with
     * @return the determination, for further checks
     * @throws AssertionError naming the file and what differed
     */
    public Determination check(LexFed engine) {
        Determination d = engine.evaluate(toScenario());
        DeterminationAssert a = LexFedAssertions.assertThat(d).as("%s (%s)", path, name);
        a.hasOutcome(Outcome.valueOf(expect.outcome())).fired(expect.fired()).didNotFire(expect.notFired())
                .hasReasonsFromRules(expect.reasons()).cites(expect.cites().toArray(String[]::new)).hasExposure(expect.exposure())
                .hasFindings(expect.findings()).hasCautionsContaining(expect.cautions()).isWellFormed();
        if (expect.presumptions() != null) {
            a.presumesExactly(expect.presumptions());
        }
        expect.ifRebutted().forEach((id, outcome) -> a.presumesWithOutcomeIfRebutted(id, Outcome.valueOf(outcome)));
        if (d.outcome() == Outcome.CONDITIONAL && expect.missing() == null) {
            throw new AssertionError(path + ": a CONDITIONAL expectation must list its missing facts under expect.missing");
        }
        if (expect.missing() != null) {
            a.isMissingExactly(expect.missing());
        }
        return d;
    }
}
