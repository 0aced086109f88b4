package io.lexfed.suite;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One scenario test file: the scenario in the JSON input's shape, and what the engine must
 * conclude about it. {@code basedOn} names the registry id of the real case it reproduces.
 */
public record ScenarioFile(Path path, String name, String analysis, String basedOn, String note, JsonNode scenario, Expect expect) {

    /** What a scenario file expects. Lists absent from the file are empty. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Expect(String outcome, List<String> fired, List<String> notFired, List<String> cites, List<String> missing,
                         List<String> exposure) {
        public Expect {
            fired = fired == null ? List.of() : fired;
            notFired = notFired == null ? List.of() : notFired;
            cites = cites == null ? List.of() : cites;
            exposure = exposure == null ? List.of() : exposure;
        }
    }

    private record Raw(String name, String analysis, String basedOn, String note, JsonNode scenario, Expect expect) {
    }

    public static final Path ROOT = Path.of("src/test/resources/scenarios");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    /** Every scenario file under the suite's root, in path order. */
    public static List<ScenarioFile> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().map(ScenarioFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScenarioFile read(Path p) {
        try {
            Raw r = YAML.readValue(p.toFile(), Raw.class);
            if (r.name() == null || r.scenario() == null || r.expect() == null || r.expect().outcome() == null) {
                throw new IllegalArgumentException(p + ": a scenario file needs name, scenario and expect.outcome");
            }
            return new ScenarioFile(ROOT.relativize(p), r.name(), r.analysis(), r.basedOn(), r.note(), r.scenario(), r.expect());
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }
}
