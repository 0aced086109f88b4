package io.lexfed.internal.kie;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.jurisdiction.JurisdictionFile;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.jurisdiction.Provision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.tools.ant.Project;
import org.apache.tools.ant.ProjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rule base's integrity beyond what loading it checks (RuleBase.check: metadata resolves;
 * SuiteCoverageTest: every rule fires in some scenario): names are unique in the DRL sources,
 * every authority in the registry is relied on, and the fingerprint stamped into the build is what
 * the build's own fingerprint target (pom.xml, run here through Ant) computes for rules/ now, and
 * moves exactly with the contents of rules/.
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
     * The fingerprint as the build computes it: the {@code fingerprint-rules} execution of
     * {@code pom.xml}, its Ant target read from the pom and run as written by the Ant the build's
     * maven-antrun-plugin uses, over {@code <basedir>/rules}, stamping into {@code <build>/classes}
     * with its checksum cache in {@code <build>}. Nothing of the hashing is re-stated here, so a
     * change to it in the pom is what this test exercises.
     */
    static String buildFingerprint(Path basedir, Path build) throws Exception {
        Element target = fingerprintTarget();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element project = doc.createElement("project");
        project.setAttribute("name", "lexfed-fingerprint");
        doc.appendChild(project);
        Element t = (Element) doc.importNode(target, true);
        t.setAttribute("name", "fingerprint-rules");
        project.appendChild(t);
        Files.createDirectories(build);
        Path buildXml = build.resolve("fingerprint-build.xml");
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(buildXml.toFile()));

        Project ant = new Project();
        ant.setUserProperty("project.basedir", basedir.toAbsolutePath().toString());
        ant.setUserProperty("project.build.directory", build.toAbsolutePath().toString());
        ant.setUserProperty("project.build.outputDirectory", build.resolve("classes").toAbsolutePath().toString());
        ant.init();
        ProjectHelper.configureProject(ant, buildXml.toFile());
        ant.executeTarget("fingerprint-rules");

        Properties stamped = new Properties();
        try (var in = Files.newInputStream(build.resolve("classes/io/lexfed/rules-fingerprint.properties"))) {
            stamped.load(in);
        }
        return stamped.getProperty("fingerprint");
    }

    /** The Ant target of the pom's {@code fingerprint-rules} execution, as the build runs it. */
    private static Element fingerprintTarget() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList ids = pom.getElementsByTagName("id");
        for (int i = 0; i < ids.getLength(); i++) {
            if (ids.item(i).getTextContent().trim().equals("fingerprint-rules")) {
                Element execution = (Element) ids.item(i).getParentNode();
                NodeList targets = execution.getElementsByTagName("target");
                assertThat(targets.getLength()).as("the fingerprint-rules execution has one Ant target").isEqualTo(1);
                return (Element) targets.item(0);
            }
        }
        throw new AssertionError("pom.xml has no fingerprint-rules execution");
    }

    @Test
    void theFingerprintStampedIsWhatTheBuildComputesForRulesNow() throws Exception {
        // a stale stamp (a build that reused an old digest, or did not run the target) fails here
        assertThat(buildFingerprint(Path.of(""), tmp.resolve("build"))).as("the pom's fingerprint target run over rules/ now")
                .isEqualTo(LexFed.rulesFingerprint()).startsWith("sha256:").hasSize("sha256:".length() + 64);
    }

    @Test
    void theFingerprintMovesWhenARuleOrAnAuthorityChangesAndOnlyThen() throws Exception {
        Path copy = tmp.resolve("elsewhere/rules");
        copyTree(Path.of("rules"), copy);
        Path build = tmp.resolve("elsewhere/target");
        String base = buildFingerprint(copy.getParent(), build);
        assertThat(base).as("independent of where the folder is").isEqualTo(LexFed.rulesFingerprint());

        Files.setLastModifiedTime(copy.resolve("authorities.yaml"), FileTime.fromMillis(0));
        Files.writeString(tmp.resolve("elsewhere/README.md"), "outside rules/");
        assertThat(buildFingerprint(copy.getParent(), build)).as("independent of timestamps and of files outside rules/").isEqualTo(base);

        Path drl = copy.resolve("doctrines/supremacy-immunity.drl");
        String rule = Files.readString(drl);
        FileTime modified = Files.getLastModifiedTime(drl);
        Files.writeString(drl, rule.replaceFirst("@cites\\(\"", "@cites(\"new-york-v-tanella-2004, "));
        Files.setLastModifiedTime(drl, modified);
        // the same build directory, as in a build without clean: no digest cached from the last run may be reused
        String citedMore = buildFingerprint(copy.getParent(), build);
        assertThat(citedMore).as("a rule's citations changed, its timestamp set back").isNotEqualTo(base);
        Files.writeString(drl, rule);
        assertThat(buildFingerprint(copy.getParent(), build)).as("the rule restored").isEqualTo(base);

        Path authorities = copy.resolve("authorities.yaml");
        String registry = Files.readString(authorities);
        Files.writeString(authorities, registry.replaceFirst("citation: ", "citation: X"));
        assertThat(buildFingerprint(copy.getParent(), build)).as("an authority's citation changed").isNotEqualTo(base);
        Files.writeString(authorities, registry);

        Path kb = copy.resolve("jurisdictions/AK.yaml");
        Files.writeString(kb, Files.readString(kb) + "\n");
        assertThat(buildFingerprint(copy.getParent(), build)).as("a jurisdiction file changed").isNotEqualTo(base);

        Files.move(drl, copy.resolve("doctrines/supremacy-immunity-renamed.drl"));
        assertThat(buildFingerprint(copy.getParent(), build)).as("a rule file renamed").isNotEqualTo(base);
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
