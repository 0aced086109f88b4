package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java examples in README.md are {@link ReadmeExample#main} and {@link ReadmeExample#ownEngine}
 * verbatim, and the output pasted under the first must be what it prints today.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheExampleAndWhatItReallyPrints() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8).strip();
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("<!-- example-output -->\\n```text\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has an <!-- example-output --> block").isTrue();
        assertThat(m.group(1).strip()).as("README example output; paste:\n" + printed).isEqualTo(printed);
        StringWriter cliOut = new StringWriter();
        int status = io.lexfed.cli.Main.run(new String[] {"evaluate", "docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json",
                "--format", "text"}, new PrintWriter(cliOut), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        Matcher cli = Pattern.compile("<!-- cli-output -->\\n```text\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(cli.find()).as("README.md has a <!-- cli-output --> block").isTrue();
        // the fingerprint too: the README shows what this build prints, so a rule edit means a fresh paste
        assertThat(cli.group(1).strip()).as("README quick-start output; paste:\n" + cliOut).isEqualTo(cliOut.toString().strip());
        String source = Files.readString(Path.of("src/test/java/io/lexfed/ReadmeExample.java"));
        String body = source.substring(source.indexOf("        Scenario scenario"), source.indexOf("    }\n}")).stripTrailing();
        assertThat(readme).as("README shows ReadmeExample's code").contains(body.replace("\n        ", "\n").strip());
        String builder = source.substring(source.indexOf("        LexFed engine = LexFed.builder()"), source.indexOf("        return engine;")).stripTrailing();
        assertThat(readme).as("README shows ReadmeExample.ownEngine's code").contains(builder.replace("\n        ", "\n").strip());
    }

    @Test
    void theReadmesOwnEngineAnswersAsTheSharedOne() {
        LexFed own = ReadmeExample.ownEngine();
        assertThat(own).isNotSameAs(LexFed.engine());
        assertThat(own.evaluate(ReadmeExample.scenario())).isEqualTo(LexFed.engine().evaluate(ReadmeExample.scenario()));
    }
}
