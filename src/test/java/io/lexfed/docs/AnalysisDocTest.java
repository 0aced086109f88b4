package io.lexfed.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RuleInfo;
import io.lexfed.internal.predicates.Definition;
import io.lexfed.internal.predicates.Predicates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/analysis.md} states each section of the source analysis in prose written by hand; under
 * each, the rules and predicates that encode it are listed from their own metadata, so the lists
 * cannot drift. Regenerate with {@code mvn test -Dtest=AnalysisDocTest -Dlexfed.regenerate=true}.
 */
class AnalysisDocTest {
    static final Path DOC = Path.of("docs/analysis.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- generated: section (\\d) -->\\n.*?<!-- /generated -->", Pattern.DOTALL);

    static String render(String page) {
        Registry registry = Registry.load();
        Collection<RuleInfo> rules = RuleBase.load(registry).rules().values();
        Matcher m = BLOCK.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String section = m.group(1);
            StringBuilder b = new StringBuilder("<!-- generated: section " + section + " -->\n");
            b.append("\n| rule | authorities |\n|---|---|\n");
            rules.stream().filter(r -> r.analysis().equals(section)).forEach(r -> b.append("| `").append(r.name()).append("` | ")
                    .append(String.join(", ", r.cites())).append(" |\n"));
            b.append("\n| predicate (`rules/predicates/`) | what it states | authorities |\n|---|---|---|\n");
            for (Definition d : Predicates.definitions()) {
                if (d.analysis().equals(section)) {
                    b.append("| `").append(d.id()).append("` (").append(d.doctrine()).append(") | ").append(d.says().replace("|", "\\|"))
                            .append(" | ").append(String.join(", ", d.cites())).append(" |\n");
                }
            }
            b.append("\n<!-- /generated -->");
            m.appendReplacement(out, Matcher.quoteReplacement(b.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void everySectionListsTheRulesAndPredicatesThatEncodeIt() throws IOException {
        String page = Files.readString(DOC);
        String expected = render(page);
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.writeString(DOC, expected);
        }
        assertThat(BLOCK.matcher(page).results().count()).as("one generated block per section").isEqualTo(8);
        assertThat(page).as("docs/analysis.md is stale: regenerate with -Dlexfed.regenerate=true").isEqualTo(expected);
    }
}
