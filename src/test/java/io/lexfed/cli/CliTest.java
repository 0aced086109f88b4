package io.lexfed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's contract: outputs, exit status, and bad input that never hurts. */
class CliTest {
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static final String GOOD = "{\"date\":\"2019-01-01\",\"actor\":\"SHERIFF_OR_JAIL\",\"action\":\"DECLINE_DETAINER\",\"stateLaw\":{\"noStatewideLaw\":\"YES\"}}";

    @Test
    void evaluatePrintsTheDeterminationAsJsonTextOrMarkdown() throws IOException {
        Path f = file("s.json", GOOD);
        Run json = run("evaluate", f.toString());
        assertThat(json.status()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode d = new ObjectMapper().readTree(json.out());
        assertThat(d.get("outcome").asText()).isEqualTo("PERMITTED");
        assertThat(d.get("rulesFingerprint").asText()).startsWith("sha256:");
        assertThat(run("evaluate", f.toString(), "--format", "text").out()).contains("OUTCOME: PERMITTED").contains("not legal advice");
        assertThat(run("evaluate", f.toString(), "--format", "markdown").out()).contains("**Outcome: PERMITTED**").contains("## Reasons");
    }

    @Test
    void serveOnAPortInUseIsBadInputNotABug() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("--port: cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void kbListsWhatTheKnowledgeBaseHoldsForAPlaceAndADay() {
        Run r = run("kb", "--state", "IL", "--locality", "Chicago", "--date", "2023-06-01");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("# Illinois on 2023-06-01")
                // the kinds of state crime other than entry are answered only where a file settles them by name
                .contains("unknown on this day unless a provision is listed: state_registration_crime, state_work_crime, state_harboring_crime, state_smuggling_crime")
                .contains("il-way-forward-limits-information-sharing").contains("exceptions [STATUS_SAVINGS_CLAUSE]")
                .contains("locality\tChicago").contains("locality\tCook County").contains("il-cook-county-limits-detainers")
                .contains("agent law\tIL_HB1312").contains("287(g)\tthe list is complete for the state on this day");
        Run town = run("kb", "--state", "TX", "--locality", "Pflugerville", "--date", "2024-06-01");
        assertThat(town.out()).contains("\"Pflugerville\" is not in the knowledge base").contains("tx-sb4-2017-mandates-detainers")
                .contains("287(g)\tthe list is not complete for the state on this day");
        Run bad = run("kb", "--state", "ZZ");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("--state: ").contains("\"ZZ\" is none").doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed json           | {"actor":                                                              | malformed JSON
        unknown field            | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","extra":1}        | $.extra: unknown field
        wrong type               | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","date":20250101}  | $.date
        unknown enum value       | {"actor":"LOCAL_POLICE","action":"FLY"}                                | $.action: unknown value "FLY"
        impossible date          | {"date":"2025-13-01","actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST"} | $.date: expected an ISO date
        contradictory 287(g)     | {"actor":"SHERIFF_OR_JAIL","action":"HONOR_DETAINER","agreement287g":{"model":"NONE","iceSupervision":"YES"}} | $.agreement287g.iceSupervision: contradicts model NONE
        array instead of object  | [1,2,3]                                                                | $: expected an object
        a port out of range      | SERVE-PORT                                                             | --port: expected a port from 0 to 65535
        a state that is none     | {"actor":"LOCAL_POLICE","action":"DECLINE_TO_ASSIST","jurisdiction":{"state":"ZZ"}} | $.jurisdiction.state: expected the two-letter postal code of a state or DC
        deeply nested            | NESTED                                                                 | $
        """)
    void badInputEndsWithStatusTwoOneLineOnStderrAndNothingOnStdout(String what, String content, String expected) throws IOException {
        if (content.equals("SERVE-PORT")) {
            Run r = run("serve", "--port", "99999");
            assertThat(r.status()).as(what).isEqualTo(2);
            assertThat(r.err().strip()).as(what).startsWith(expected.strip()).doesNotContain("\n").doesNotContain("Exception");
            return;
        }
        String text = content.equals("NESTED") ? "{\"actor\":" + "[".repeat(100_000) : content;
        Path f = file("bad.json", text);
        for (String command : List.of("evaluate", "validate")) {
            Run r = run(command, f.toString());
            assertThat(r.status()).as(what).isEqualTo(2);
            assertThat(r.out()).as(what + ": nothing on stdout").isEmpty();
            assertThat(r.err().strip()).as(what + ": one line").doesNotContain("\n").startsWith(f + ": ").contains(expected.strip())
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void missingEmptyAndOversizedFilesAreBadInput() throws IOException {
        Path empty = file("empty.json", "");
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[Inputs.MAX_BYTES + 10]);
        for (Path p : List.of(dir.resolve("absent.json"), empty, big, dir)) {
            Run r = run("evaluate", p.toString());
            assertThat(r.status()).as(p.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").startsWith(p + ": ");
        }
    }

    @Test
    void aBadOptionIsBadInputToo() {
        Run r = run("evaluate", "--nonsense");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no command             |                                           | Missing required subcommand
        unknown command        | frobnicate                                | Unknown command: 'frobnicate'
        unknown command help   | help frobnicate                           | Unknown command: 'frobnicate'
        unknown global option  | --frobnicate                              | Unknown option: '--frobnicate'
        unknown option         | evaluate FILE --frobnicate                | Unknown option: '--frobnicate'
        unknown short option   | evaluate -x FILE                          | Unknown option: '-x'
        missing value          | evaluate FILE --format                    | Missing required parameter for option '--format' (<format>)
        bad enum               | evaluate FILE --format xml                | expected one of [json, text, markdown] (case-sensitive) but was 'xml'
        enum is case-sensitive | graph FILE --format=DOT                   | expected one of [mermaid, dot, json] (case-sensitive) but was 'DOT'
        bad number             | explain FILE --max-variants soon          | Invalid value for option '--max-variants': 'soon' is not an int
        missing file argument  | evaluate --format text                    | Missing required parameter: 'FILE'
        second file argument   | evaluate FILE extra                       | Unmatched argument at index 2: 'extra'
        missing required list  | whatif FILE                               | Missing required option: '--set=PATH=VALUE'
        option given twice     | evaluate FILE --format text --format json | option '--format' (<format>) should be specified only once
        value for a flag       | batch FILE --resume=yes                   | Option '--resume' takes no value
        mistyped command       | evalute FILE                              | Unknown command: 'evalute'. Did you mean 'evaluate'?
        swapped letters        | graph FILE --fromat dot                   | Unknown option: '--fromat'. Did you mean '--format'?
        mistyped global option | --verison                                 | Unknown option: '--verison'. Did you mean '--version'?
        """)
    void aMistakeInTheCommandLineIsOneLinePointingToTheHelp(String what, String words, String expected) throws IOException {
        String f = file("s.json", GOOD).toString();
        String[] args = words == null ? new String[0] : words.replace("FILE", f).split(" ");
        Run r = run(args);
        assertThat(r.status()).as(what).isEqualTo(2);
        assertThat(r.out()).as(what + ": nothing on stdout").isEmpty();
        assertThat(r.err().strip()).as(what).doesNotContain("\n").startsWith("lexfed: ").contains(expected).endsWith(" (see 'lexfed --help')");
    }

    @Test
    void optionsMayComeAnywhereWithOrWithoutEqualsAndDoubleDashEndsThem() throws IOException {
        String f = file("s.json", GOOD).toString();
        String text = run("evaluate", f, "--format", "text").out();
        assertThat(text).contains("OUTCOME: PERMITTED");
        assertThat(run("evaluate", "--format=text", f).out()).isEqualTo(text);
        assertThat(run("evaluate", "--format", "text", "--", f).out()).isEqualTo(text);
    }

    @Test
    void everyCommandHasItsHelpBothWays() {
        for (Command c : Main.COMMANDS) {
            Run asked = run("help", c.name());
            assertThat(asked.status()).isZero();
            assertThat(asked.err()).isEmpty();
            assertThat(asked.out()).startsWith("Usage: lexfed " + c.name() + " [-h]").contains(c.description().get(0).substring(0, 20))
                    .contains("-h, --help");
            c.options().forEach(o -> assertThat(asked.out()).contains(o.synopsis()).contains(o.description().substring(0, 20)));
            assertThat(run(c.name(), "--help")).isEqualTo(asked);
            assertThat(run(c.name(), "-h")).isEqualTo(asked);
        }
        assertThat(run("help").out()).isEqualTo(run("--help").out()).isEqualTo(run("-h").out());
        assertThat(run("help", "whatif").out()).contains("Usage: lexfed whatif [-h] --set=PATH=VALUE [--set=PATH=VALUE]...\n")
                .contains("[--format=<format>] FILE");
    }

    @Test
    void batchKeepsInputOrderReportsBadLinesByNumberAndGoesOn() throws IOException {
        String lines = GOOD + "\n" + "{not json\n" + "\n" + GOOD.replace("DECLINE_DETAINER", "HONOR_DETAINER") + "\n"
                + "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\",\"x\":1}\n" + GOOD + "\n";
        Path in = file("in.jsonl", lines);
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", in.toString(), "--out", out.toString(), "--threads", "3");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("6 lines, 2 bad input");
        List<JsonNode> records = Files.readAllLines(out).stream().map(CliTest::tree).toList();
        assertThat(records).extracting(n -> n.get("line").asInt()).containsExactly(1, 2, 4, 5, 6);
        assertThat(records.get(0).get("determination").get("outcome").asText()).isEqualTo("PERMITTED");
        assertThat(records.get(1).get("error").get("kind").asText()).isEqualTo("BAD_INPUT");
        assertThat(records.get(1).get("error").get("message").asText()).contains("malformed JSON");
        assertThat(records.get(3).get("error").get("path").asText()).isEqualTo("$.x");
        assertThat(records.get(2).has("determination")).isTrue();
        assertThat(records.get(4).get("determination").get("outcome").asText()).isEqualTo("PERMITTED");
    }

    @Test
    void aBatchLineThatIsNotUtf8OrTooLongIsABadRecordForThatLineAndARawCrSplitsNothing() throws IOException {
        byte[] good = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(good);
        b.write("{\"actor\":\"LOCAL_\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1)); // 0xFF: not UTF-8
        b.write('\n');
        b.write(GOOD.replace(",\"action\"", ",\r\"action\"").getBytes(StandardCharsets.UTF_8)); // a raw CR inside the line
        b.write('\n');
        b.write(("\"" + "x".repeat(Inputs.MAX_BYTES + 10) + "\"\n").getBytes(StandardCharsets.UTF_8));
        b.write(good);
        Path in = dir.resolve("in.jsonl");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", in.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        List<JsonNode> records = Files.readAllLines(out).stream().map(CliTest::tree).toList();
        assertThat(records).extracting(n -> n.get("line").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(records.get(1).get("error").get("message").asText()).isEqualTo("not valid UTF-8 (at byte 17 of the line)");
        assertThat(records.get(2).has("determination")).isTrue();
        assertThat(records.get(3).get("error").get("message").asText()).isEqualTo("line is over " + Inputs.MAX_BYTES + " bytes");
        assertThat(records.get(4).has("determination")).isTrue();
    }

    @Test
    void batchRefusesToWriteOverItsInputAndToResumeOnAnotherInput() throws IOException {
        Path in = file("same.jsonl", (GOOD + "\n").repeat(3));
        Run same = run("batch", in.toString(), "--out", in.toString());
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err()).contains("--out: is the input file");
        assertThat(Files.readAllLines(in)).hasSize(3);

        Path out = dir.resolve("out.jsonl");
        assertThat(run("batch", in.toString(), "--out", out.toString()).status()).isZero();
        Files.writeString(in, "{\"actor\":\"LOCAL_POLICE\",\"action\":\"DECLINE_TO_ASSIST\"}\n" + (GOOD + "\n").repeat(3));
        Run resumed = run("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(resumed.status()).isEqualTo(2);
        assertThat(resumed.err()).contains("cannot resume: this is not the input the run started on");
        assertThat(Files.readAllLines(out)).hasSize(3);
    }

    @Test
    void batchProgressGivesThePercentageAndTimeLeftOnStderrOnlyWhenAsked() throws IOException {
        Path in = file("in.jsonl", (GOOD + "\n").repeat(4));
        Run quiet = run("batch", in.toString());
        Run shown = run("batch", in.toString(), "--progress");
        assertThat(shown.out()).isEqualTo(quiet.out());
        assertThat(quiet.err()).doesNotContain("%").doesNotContain("ETA");
        // the first line answered shows progress at once, so even a short run shows one
        assertThat(shown.err()).containsPattern("lexfed batch: \\d+\\.\\d% \\(\\d lines, 0 bad, \\d+ lines/s\\), ETA \\d+:\\d\\d\n")
                .contains("done, 4 lines");
    }

    @Test
    void batchShowsProgressUnaskedWhenStderrIsATerminal() throws Exception {
        Path in = file("in.jsonl", (GOOD + "\n").repeat(2));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -cp " + System.getProperty("java.class.path") + " io.lexfed.cli.Main batch " + in + " --out " + dir.resolve("out.jsonl");
        // util-linux's script runs the command on a pseudo-terminal: its stderr is then a terminal
        Process onTerminal = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        String shown = new String(onTerminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(onTerminal.waitFor()).as(shown).isZero();
        assertThat(shown).contains("% (1 lines, 0 bad").contains("ETA");
        Process piped = new ProcessBuilder(List.of(command.split(" "))).redirectErrorStream(true).start();
        String quiet = new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(piped.waitFor()).as(quiet).isZero();
        assertThat(quiet).contains("done, 2 lines").doesNotContain("ETA");
    }

    @Test
    void aCleanBatchExitsZero() throws IOException {
        Path in = file("in.jsonl", (GOOD + "\n").repeat(50));
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", in.toString(), "--out", out.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(50);
    }

    @Test
    void authoritiesAndRulesListTheRegistries() {
        Run a = run("authorities", "--doctrine", "detainers");
        assertThat(a.status()).isZero();
        assertThat(a.out()).contains("cfr-8-287-7").contains("galarza-v-szalczyk-2014").doesNotContain("kansas-v-garcia-2020");
        Run r = run("rules");
        assertThat(r.out()).contains("detainers/04-a-detainer-is-a-request-the-actor-may-honor\tdetainers\t§1");
        Run bad = run("rules", "--doctrine", "nonsense");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown doctrine 'nonsense'");
    }

    @Test
    void whatIfAndNextSpeakJsonToo() throws IOException {
        String conditional = "docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json";
        JsonNode w = new ObjectMapper().readTree(run("whatif", conditional, "--set", "federalAction.warrant=JUDICIAL", "--format", "json").out());
        assertThat(w.get("outcomeBefore").asText()).isEqualTo("CONDITIONAL");
        assertThat(w.get("outcomeAfter").asText()).isEqualTo("PROHIBITED");
        assertThat(w.get("changes").get(0).get("path").asText()).isEqualTo("federalAction.warrant");
        assertThat(w.get("after").get("outcome").asText()).isEqualTo("PROHIBITED");
        JsonNode n = new ObjectMapper().readTree(run("next", conditional, "--format", "json").out());
        assertThat(n.get("outcome").asText()).isEqualTo("CONDITIONAL");
        assertThat(n.get("questions").get(0).get("fact").asText()).isEqualTo("federalAction.warrant");
        assertThat(n.get("questions").get(0).get("question").asText()).endsWith("?");
    }

    @Test
    void explainAndGraphSpeakJsonToo() throws IOException {
        String conditional = "docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json";
        JsonNode e = new ObjectMapper().readTree(run("explain", conditional, "--format", "json").out());
        assertThat(e.get("determination").get("outcome").asText()).isEqualTo("CONDITIONAL");
        assertThat(e.get("decidingFacts").get(0).get("fact").asText()).isEqualTo("federalAction.warrant");
        assertThat(e.get("minimalFlips").get("from").asText()).isEqualTo("CONDITIONAL");
        JsonNode g = new ObjectMapper().readTree(run("graph", conditional, "--format", "json").out());
        assertThat(g.get("nodes").findValuesAsText("id")).contains("fact:federalAction.warrant", "predicate:engaged-in-official-duties");
        assertThat(g.get("nodes").findValuesAsText("kind")).contains("FACT", "PREDICATE", "OUTCOME");
        assertThat(g.get("edges").get(0).has("displacement")).isTrue();
    }

    @Test
    void authoritiesAndRulesSpeakJsonToo() throws IOException {
        JsonNode authorities = new ObjectMapper().readTree(run("authorities", "--doctrine", "detainers", "--format", "json").out());
        assertThat(authorities.isArray()).isTrue();
        assertThat(authorities.findValuesAsText("id")).contains("cfr-8-287-7", "galarza-v-szalczyk-2014").doesNotContain("kansas-v-garcia-2020");
        assertThat(authorities.get(0).get("rank").asText()).isNotBlank();
        JsonNode rules = new ObjectMapper().readTree(run("rules", "--doctrine", "detainers", "--format", "json").out());
        assertThat(rules.findValuesAsText("rule")).contains("detainers/04-a-detainer-is-a-request-the-actor-may-honor");
        assertThat(rules.get(0).get("authorities").isArray()).isTrue();
    }

    /** Each command that prints a result, with --format json: its output parses, and the field named holds the value given. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        evaluate    | evaluate GOOD                                          | /outcome                          | PERMITTED
        whatif      | whatif ARREST --set federalAction.warrant=JUDICIAL     | /outcomeAfter                     | PROHIBITED
        explain     | explain ARREST --max-variants 10                       | /minimalFlips/evaluated           | 10
        next        | next ARREST                                            | /questions/0/fact                 | federalAction.warrant
        graph       | graph GOOD                                             | /nodes/0/label                    | PERMITTED
        authorities | authorities --doctrine detainers                       | /0/rank                           | CONSTITUTION
        rules       | rules --doctrine detainers                             | /0/doctrine                       | detainers
        kb          | kb --state IL --locality Chicago --date 2023-06-01     | /localities/1/name                | Cook County
        batch       | batch LINES                                            | /determination/outcome            | PERMITTED
        validate    | validate GOOD                                          | /scenario/action                  | DECLINE_DETAINER
        """)
    void everyCommandThatPrintsAResultSpeaksJson(String command, String words, String pointer, String expected) throws IOException {
        String good = file("good.json", GOOD).toString();
        String arrest = file("arrest.json", CONDITIONAL_ARREST).toString();
        String lines = file("in.jsonl", GOOD + "\n").toString();
        List<String> args = new java.util.ArrayList<>();
        for (String w : words.split(" ")) {
            args.add(w.equals("GOOD") ? good : w.equals("ARREST") ? arrest : w.equals("LINES") ? lines : w);
        }
        args.addAll(List.of("--format", "json"));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at(pointer).asText()).as(r.out()).isEqualTo(expected);
    }

    @Test
    void kbInJsonHasTheFactsOfTheText() throws IOException {
        JsonNode kb = new ObjectMapper().readTree(run("kb", "--state", "IL", "--locality", "Chicago", "--date", "2023-06-01", "--format", "json").out());
        assertThat(kb.get("state").asText()).isEqualTo("IL");
        assertThat(kb.get("name").asText()).isEqualTo("Illinois");
        assertThat(kb.get("kindsUnknownUnlessListed")).extracting(JsonNode::asText)
                .containsExactly("state_registration_crime", "state_work_crime", "state_harboring_crime", "state_smuggling_crime");
        assertThat(kb.get("localityKnown").asBoolean()).isTrue();
        JsonNode wayForward = java.util.stream.StreamSupport.stream(kb.get("provisions").spliterator(), false)
                .filter(p -> p.get("id").asText().equals("il-way-forward-limits-information-sharing")).findFirst().orElseThrow();
        assertThat(wayForward.get("exceptions").toString()).isEqualTo("[\"STATUS_SAVINGS_CLAUSE\"]");
        assertThat(kb.get("agentLaws").get(0).get("id").asText()).isEqualTo("IL_HB1312");
        assertThat(kb.get("agreements287gComplete").asBoolean()).isTrue();
        JsonNode town = new ObjectMapper().readTree(run("kb", "--state", "TX", "--locality", "Pflugerville", "--format", "json").out());
        assertThat(town.get("localityKnown").asBoolean()).isFalse();
        assertThat(town.get("localities")).isEmpty();
        assertThat(town.get("agreements287gComplete").asBoolean()).isFalse();
    }

    @Test
    void versionAndHelpSpeakForThemselves() {
        assertThat(run("--version").out()).contains("lexfed ").contains("rules sha256:").contains("determination schema " + io.lexfed.determination.Determination.SCHEMA_VERSION);
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: lexfed [-hV] [COMMAND]\n").contains("Examples:")
                .contains("  lexfed explain docs/examples/10-arresting-an-agent-when-the-warrant-is-unknown-is-conditional.json\n")
                .endsWith("Exit status: 0 ok, 2 bad input, 1 internal error.\n");
        Main.COMMANDS.forEach(c -> assertThat(help.out()).contains("\n  " + c.name() + " ".repeat(13 - c.name().length())));
    }

    private static JsonNode tree(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }

    static final String CONDITIONAL_ARREST = "{\"date\":\"2025-06-01\",\"actor\":\"LOCAL_POLICE\",\"action\":\"ARREST_FEDERAL_AGENT\","
            + "\"federalAction\":{\"kind\":\"CIVIL_ARREST\",\"place\":\"PUBLIC_PLACE\",\"forceUsed\":\"NO\",\"reasonToBelieve\":\"YES\","
            + "\"likelyToEscape\":\"NO\",\"beliefObjectivelyReasonable\":\"NO\",\"stateCrimeAlleged\":\"YES\"}}";

    @Test
    void explainWritesTheReportALawyerReads() throws IOException {
        Run r = run("explain", file("c.json", CONDITIONAL_ARREST).toString(), "--max-variants", "500");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("**Outcome: CONDITIONAL**").contains("## What would change the answer: facts not given")
                .contains("`federalAction.warrant`").contains("JUDICIAL → PROHIBITED").contains("NONE → PERMITTED")
                .contains("## What would change the answer: smallest changes").contains("not legal advice");
    }

    @Test
    void explainIsBoundedByACountSoTheSameRunGivesTheSameReport() throws IOException {
        String f = file("c.json", CONDITIONAL_ARREST).toString();
        Run first = run("explain", f, "--max-variants", "150", "--format", "json");
        assertThat(first.status()).isZero();
        assertThat(new ObjectMapper().readTree(first.out()).get("minimalFlips").get("evaluated").asInt()).isEqualTo(150);
        assertThat(run("explain", f, "--max-variants", "150", "--format", "json").out()).isEqualTo(first.out());
        Run negative = run("explain", f, "--max-variants", "-1");
        assertThat(negative.status()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("--max-variants: expected a count of 0 or more, was -1");
    }

    @Test
    void whatifPrintsTheDifference() throws IOException {
        Run r = run("whatif", file("c.json", CONDITIONAL_ARREST).toString(), "--set", "federalAction.warrant=JUDICIAL");
        assertThat(r.status()).isZero();
        // before, immunity and its absence were both reasons, each on a condition; a judge's warrant settles it
        assertThat(r.out()).contains("outcome: CONDITIONAL -> PROHIBITED").contains("reasons lost: [agent-outside-authority/01");
        Run bad = run("whatif", file("c.json", CONDITIONAL_ARREST).toString(), "--set", "federalAction.warrant=SIGNED");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().strip()).doesNotContain("\n").contains("$.federalAction.warrant");
    }

    @Test
    void nextRanksTheQuestions() throws IOException {
        Run r = run("next", file("c.json", CONDITIONAL_ARREST).toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("outcome now: CONDITIONAL").contains("1. ").contains("fact: federalAction.");
        Run settled = run("next", file("s.json", GOOD).toString());
        assertThat(settled.out()).contains("no question would narrow it");
    }

    @Test
    void graphPrintsMermaidOrDot() throws IOException {
        Path f = file("c.json", CONDITIONAL_ARREST);
        assertThat(run("graph", f.toString()).out()).startsWith("flowchart LR");
        assertThat(run("graph", f.toString(), "--format", "dot").out()).startsWith("digraph determination {");
    }
}
