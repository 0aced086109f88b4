package io.lexfed.internal.kie;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.jurisdiction.JurisdictionFile;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.jurisdiction.Provision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule base's integrity beyond what loading it checks (RuleBase.check: metadata resolves;
 * SuiteCoverageTest: every rule fires in some scenario): names are unique in the DRL sources,
 * every authority in the registry is relied on, and the fingerprint stamped into the build moves
 * exactly with the contents of rules/.
 */
class RuleIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void noTwoRulesShareAName() throws IOException {
        Map<String, List<String>> where = new TreeMap<>();
        for (Path drl : RuleBaseTest.drlFiles()) {
            var m = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"").matcher(Files.readString(drl));
            while (m.find()) {
                where.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(drl.toString());
            }
        }
        Map<String, List<String>> shared = where.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).as("rule names written more than once").isEmpty();
        assertThat(where.keySet()).isEqualTo(RuleBaseTest.BASE.rules().keySet());
    }

    @Test
    void everyAuthorityIsCitedByARuleOrAProvisionOrMarkedAsContext() {
        Set<String> relied = RuleBaseTest.BASE.rules().values().stream().flatMap(r -> r.cites().stream()).collect(Collectors.toCollection(TreeSet::new));
        // the predicates and their presumptions, exceptions and contested questions cite too
        io.lexfed.internal.predicates.Predicates.definitions().forEach(d -> relied.addAll(d.cites()));
        Stream.of(io.lexfed.internal.predicates.Predicates.presumptions(), io.lexfed.internal.predicates.Predicates.exceptions(),
                io.lexfed.internal.predicates.Predicates.contested()).flatMap(List::stream).forEach(e -> relied.addAll(e.cites()));
        for (JurisdictionFile f : KnowledgeBase.load(RuleBaseTest.REGISTRY).files().values()) {
            Stream.concat(f.provisions().stream(), f.localities().stream().flatMap(l -> l.provisions().stream()))
                    .forEach(p -> {
                    relied.add(p.authority());
                    p.history().forEach(e -> relied.add(e.by()));
                });
        }
        // ICE's list, on which the 287(g) agreements rest, and the laws on federal agents
        relied.add(KnowledgeBase.AGREEMENTS_AUTHORITY);
        for (JurisdictionFile f : KnowledgeBase.load(RuleBaseTest.REGISTRY).files().values()) {
            f.agentLaws().forEach(a -> {
                relied.add(a.authority());
                a.rulings().forEach(r -> relied.add(r.by()));
                a.challenges().forEach(c -> relied.add(c.by()));
            });
        }
        // and the court decisions that answer contested questions
        io.lexfed.internal.predicates.Predicates.decisions().forEach(d -> relied.add(d.authority()));
        Set<String> idle = new TreeSet<>(RuleBaseTest.REGISTRY.authorities().keySet());
        idle.removeAll(relied);
        Set<String> context = RuleBaseTest.REGISTRY.authorities().values().stream().filter(Authority::isContext).map(Authority::id)
                .collect(Collectors.toCollection(TreeSet::new));
        // exactly: an uncited authority must be marked as context, and one marked as context must not be cited
        assertThat(idle).as("authorities no rule and no jurisdiction provision cites, against those marked context: true").isEqualTo(context);
    }

    /**
     * Ant's {@code <checksum totalproperty>} as the build runs it over rules/: SHA-256 of every
     * file, then SHA-256 over each file's digest followed by its relative path, in path order.
     */
    static String fingerprint(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted((a, b) -> rel(root, a).compareTo(rel(root, b))).toList();
            MessageDigest total = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                total.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
                total.update(rel(root, f).getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(total.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rel(Path root, Path f) {
        return root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
    }

    @Test
    void theFingerprintIsTheChecksumOfRulesFolderAsBuilt() throws IOException {
        assertThat(fingerprint(Path.of("rules"))).as("the algorithm re-stated here is the one the build stamped").isEqualTo(LexFed.rulesFingerprint());
    }

    @Test
    void theFingerprintMovesWhenARuleOrAnAuthorityChangesAndOnlyThen() throws IOException {
        Path copy = tmp.resolve("elsewhere/rules");
        copyTree(Path.of("rules"), copy);
        String base = fingerprint(copy);
        assertThat(base).as("independent of where the folder is").isEqualTo(LexFed.rulesFingerprint());

        Files.setLastModifiedTime(copy.resolve("authorities.yaml"), FileTime.fromMillis(0));
        Files.writeString(tmp.resolve("elsewhere/README.md"), "outside rules/");
        assertThat(fingerprint(copy)).as("independent of timestamps and of files outside rules/").isEqualTo(base);

        Path drl = copy.resolve("doctrines/supremacy-immunity.drl");
        String rule = Files.readString(drl);
        Files.writeString(drl, rule.replaceFirst("@cites\\(\"", "@cites(\"new-york-v-tanella-2004, "));
        String citedMore = fingerprint(copy);
        assertThat(citedMore).as("a rule's citations changed").isNotEqualTo(base);
        Files.writeString(drl, rule);
        assertThat(fingerprint(copy)).as("the rule restored").isEqualTo(base);

        Path authorities = copy.resolve("authorities.yaml");
        String registry = Files.readString(authorities);
        Files.writeString(authorities, registry.replaceFirst("citation: ", "citation: X"));
        assertThat(fingerprint(copy)).as("an authority's citation changed").isNotEqualTo(base);
        Files.writeString(authorities, registry);

        Files.move(drl, copy.resolve("doctrines/supremacy-immunity-renamed.drl"));
        assertThat(fingerprint(copy)).as("a rule file renamed").isNotEqualTo(base);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
