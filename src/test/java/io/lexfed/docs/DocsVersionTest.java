package io.lexfed.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every place that tells a user which version of LexFed to depend on names the version the build produces (the pom's,
 * stamped into the jar), so that no document asks for a version that does not exist: the dependency snippets and trees
 * in README.md and docs/, and the consumer project CI builds against the installed library.
 */
class DocsVersionTest {
    /** LexFed's version as users read it: the XML dependency (not a ${property}), a dependency:tree line, the consumer's property, "(today `x`)". */
    private static final Pattern MENTION = Pattern.compile("<artifactId>lexfed</artifactId>\\s*<version>(?!\\$\\{)([^<]+)</version>"
            + "|io\\.lexfed:lexfed:jar:([^:\\s]+)|<lexfed\\.version>([^<]+)</lexfed\\.version>|names \\(today `([^`]+)`\\)");

    @Test
    void everyDocumentedVersionIsThePomsVersion() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("src/it/consumer/pom.xml")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> mentions = new ArrayList<>();
        for (Path f : files) {
            Matcher m = MENTION.matcher(Files.readString(f));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        mentions.add(f + ": " + m.group(g).strip());
                    }
                }
            }
        }
        // the snippet and the sentence users read, the tree of docs/dependencies.md and the consumer CI builds
        assertThat(mentions).filteredOn(s -> s.startsWith("docs/testing.md: ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(mentions)
                .anyMatch(s -> s.startsWith("docs/dependencies.md: "))
                .anyMatch(s -> s.startsWith("src/it/consumer/pom.xml: "))
                .allMatch(s -> s.endsWith(": " + LexFed.version()), "names version " + LexFed.version());
    }
}
