package io.lexfed.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.cli.Main;
import io.lexfed.determination.Determination;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Action;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under {@code docs/examples/} is run through the CLI, and the output beside it
 * ({@code .determination.json} from {@code --format json}, {@code .report.md} from
 * {@code --format markdown}) must be what the CLI prints today. Regenerate with
 * {@code -Dlexfed.regenerate=true}.
 */
class ExamplesTest {
    static final Path DIR = Path.of("docs/examples");

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json") && !p.toString().endsWith(".determination.json"))
                    .sorted().toList();
        }
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(String.join(" ", args) + " -> " + err).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleShowsWhatTheCliPrintsForIt() throws IOException {
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String base = p.toString().substring(0, p.toString().length() - ".json".length());
            Path json = Path.of(base + ".determination.json");
            Path md = Path.of(base + ".report.md");
            String jsonOut = cli("evaluate", p.toString());
            String mdOut = cli("evaluate", p.toString(), "--format", "markdown");
            if (Boolean.getBoolean("lexfed.regenerate")) {
                Files.writeString(json, jsonOut);
                Files.writeString(md, mdOut);
            }
            assertThat(Files.exists(json) ? Files.readString(json) : "").as(json + " is stale; regenerate with -Dlexfed.regenerate=true")
                    .isEqualTo(jsonOut);
            assertThat(Files.exists(md) ? Files.readString(md) : "").as(md + " is stale").isEqualTo(mdOut);
        }));
    }

    @Test
    void theArgumentMapPageShowsTheCurrentMapOfItsExample() throws IOException {
        String mermaid = cli("graph", "docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json");
        String page = Files.readString(Path.of("docs/argument-map.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!-- mermaid-04 -->\\n```mermaid\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).strip()).as("docs/argument-map.md is stale; paste:\n" + mermaid).isEqualTo(mermaid.strip());
    }

    @Test
    void theExamplesCoverEveryActionFamily() throws IOException {
        Set<Action> seen = EnumSet.noneOf(Action.class);
        for (Path p : examples()) {
            Determination d = LexFedJson.readDetermination(Files.readString(Path.of(p.toString().replace(".json", ".determination.json"))));
            seen.add(d.scenario().action());
            assertThat(d.scenario().date()).as(p + " has a date, so its output does not change with the day").isNotNull();
        }
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(seen).contains(Action.DECLINE_TO_ASSIST, Action.ASSIST_ENFORCEMENT, Action.HONOR_DETAINER, Action.DECLINE_DETAINER,
                Action.SHARE_INFORMATION, Action.ARREST_FEDERAL_AGENT, Action.PHYSICALLY_OBSTRUCT, Action.CIVIL_IMMIGRATION_ARREST,
                Action.ENFORCE_STATE_IMMIGRATION_CRIME, Action.REGULATE_FEDERAL_AGENTS);
    }
}
