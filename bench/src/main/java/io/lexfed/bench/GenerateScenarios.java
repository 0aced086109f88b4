package io.lexfed.bench;

import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Scenario;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated workload as JSON lines for the batch figure:
 * {@code java -cp bench/target/benchmarks.jar io.lexfed.bench.GenerateScenarios 1000000 million.jsonl}.
 */
public final class GenerateScenarios {
    private GenerateScenarios() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateScenarios COUNT OUT.jsonl");
            System.exit(2);
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Scenario s : Scenarios.generated(Scenarios.all(), Integer.parseInt(args[0]), 20261127L)) {
                out.write(LexFedJson.write(s).replaceAll("\\n\\s*", ""));
                out.newLine();
            }
        }
    }
}
